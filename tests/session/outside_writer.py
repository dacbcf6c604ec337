#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Another program editing a sidecar in a tight loop, carefully: it reads the file, adds one entity
named outside-N on a word of the article, and swaps its version in with renameat2(RENAME_EXCHANGE).
If the version it swapped out is not the one it read, someone wrote in between: it takes that version's
entities into its own and writes again, so it never drops anyone's work. If Hashiya never writes over a
version it has not seen, the sidecar ends with every entity of both sides.

It also checks, at every read, that every entity it has written so far is still in the file, or is
back a moment later: a version of Hashiya's that lacks one for good was written over one of its
versions unseen.

    outside_writer.py ARTICLE SIDECAR COUNT SEED
Prints the ids it wrote, one per line, then "done"; exits 1 when the check fails.
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


def read(path):
    """The file's stamp and JSON, or None while it is missing or not JSON."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    with os.fdopen(fd, "rb") as f:
        seen = stamp(os.fstat(f.fileno()))
        raw = f.read()
    try:
        return seen, json.loads(raw)
    except ValueError:
        return None


def ids(data):
    return {entity.get("id") for entity in data.get("entities", [])}


def add_org(data, entity_id, text, start, end):
    """Adds an ORG entity on [start, end) code points of `text` to the sidecar's `data`."""
    data.setdefault("entities", []).append(
        {"id": entity_id, "type": "ORG", "spans": [[start, end, text[start:end]]]})


def swap_in(sidecar, temporary, data, seen):
    """Writes `data` to `temporary` and swaps it in for the sidecar, read when its version was `seen`. If
    the version swapped out is another, someone wrote in between: their entities join ours and we write
    again, so nobody's work is dropped."""
    while True:
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        written = stamp(os.stat(temporary))
        exchange(temporary, sidecar)
        if stamp(os.stat(temporary)) == seen:
            break
        try:
            with open(temporary, "rb") as f:
                theirs = json.loads(f.read())
        except ValueError:
            theirs = {}
        known = ids(data)
        data["entities"].extend(e for e in theirs.get("entities", []) if e.get("id") not in known)
        seen = written
    os.unlink(temporary)


def main():
    article, sidecar, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    with open(article, encoding="utf-8-sig", newline=None) as f:
        text = f.read()
    # Latin words: a span never splits a letter from its Arabic diacritics.
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÇĞİÖŞÜçğıöşü]+", text)]
    words = words or [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    temporary = "%s.outside-%d" % (sidecar, os.getpid())
    mine = []
    while len(mine) < count:
        current = read(sidecar)
        if current is None:
            time.sleep(0.001)
            continue
        seen, data = current
        lost = [entity_id for entity_id in mine if entity_id not in ids(data)]
        if lost:
            # A version can be in place for an instant before its writer finds it is not the one to keep
            # and puts the other back; only what stays missing is lost.
            time.sleep(0.3)
            current = read(sidecar)
            if current is None or any(entity_id not in ids(current[1]) for entity_id in lost):
                print("lost: %s" % " ".join(lost), file=sys.stderr, flush=True)
                sys.exit(1)
            continue
        start, end = rng.choice(words)
        entity_id = "outside-%d" % len(mine)
        add_org(data, entity_id, text, start, end)
        swap_in(sidecar, temporary, data, seen)
        mine.append(entity_id)
        print(entity_id, flush=True)
        time.sleep(rng.uniform(0, 0.004))
    print("done", flush=True)


if __name__ == "__main__":
    main()
