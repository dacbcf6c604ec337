#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Another program editing a sidecar in a tight loop, carefully: it reads the file, adds one entity
named outside-N on a word of the article, and swaps its version in with renameat2(RENAME_EXCHANGE),
swapping back and trying again if the file changed since it read it. So it never loses a write of
Hashiya's; if Hashiya never loses one of its writes either, the sidecar ends with every entity of both.

    outside_writer.py ARTICLE SIDECAR COUNT SEED
Prints the ids it wrote, one per line, then "done".
"""
import ctypes
import json
import os
import random
import re
import sys
import time

AT_FDCWD = -100
RENAME_EXCHANGE = 2
libc = ctypes.CDLL(None, use_errno=True)


def exchange(a, b):
    if libc.renameat2(AT_FDCWD, a.encode(), AT_FDCWD, b.encode(), RENAME_EXCHANGE) != 0:
        raise OSError(ctypes.get_errno(), "renameat2")


def stamp(st):
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def main():
    article, sidecar, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    with open(article, encoding="utf-8-sig", newline=None) as f:
        text = f.read()
    # Latin words: a span never splits a letter from its Arabic diacritics.
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÇĞİÖŞÜçğıöşü]+", text)]
    words = words or [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    written = 0
    while written < count:
        try:
            fd = os.open(sidecar, os.O_RDONLY)
        except FileNotFoundError:
            time.sleep(0.001)
            continue
        with os.fdopen(fd, "rb") as f:
            seen = stamp(os.fstat(f.fileno()))
            raw = f.read()
        try:
            data = json.loads(raw)
        except ValueError:
            time.sleep(0.001)  # caught mid-write by nobody careful: try again
            continue
        start, end = rng.choice(words)
        entity_id = "outside-%d" % written
        data.setdefault("entities", []).append(
            {"id": entity_id, "type": "ORG", "spans": [[start, end, text[start:end]]]})
        temporary = "%s.outside-%d" % (sidecar, os.getpid())
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        exchange(temporary, sidecar)
        if stamp(os.stat(temporary)) != seen:
            exchange(temporary, sidecar)  # someone wrote meanwhile: theirs goes back, ours is dropped
            os.unlink(temporary)
            continue
        os.unlink(temporary)
        print(entity_id, flush=True)
        written += 1
        time.sleep(rng.uniform(0, 0.004))
    print("done", flush=True)


if __name__ == "__main__":
    main()
