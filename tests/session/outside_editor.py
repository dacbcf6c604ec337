#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Another program that edits a corpus while Hashiya has it open, on request, one command per line:

    sidecar SIDECAR ARTICLE ID START END   add an ORG entity on [START, END) code points (written as
                                           outside_writer.py does: never dropping anyone's version)
    article ARTICLE SENTENCE...            put the sentence and a blank line before the article's text,
                                           keeping its byte order mark and line ends, by a rename

Answers "ok" (for an article, "ok N" with the code points added) once the file is in place.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from outside_writer import add_org, read, swap_in  # noqa: E402


def add_entity(sidecar, article, entity_id, start, end):
    with open(article, encoding="utf-8-sig", newline=None) as f:
        text = f.read()
    temporary = "%s.editor-%d" % (sidecar, os.getpid())
    while True:
        current = read(sidecar)
        if current is not None:
            break
    seen, data = current
    add_org(data, entity_id, text, start, end)
    swap_in(sidecar, temporary, data, seen)


def prepend(article, sentence):
    with open(article, "rb") as f:
        raw = f.read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    crlf = b"\r\n" in raw
    added = sentence.encode("utf-8") + (b"\r\n\r\n" if crlf else b"\n\n")
    raw = raw[:3] + added + raw[3:] if bom else added + raw
    temporary = "%s.editor-%d" % (article, os.getpid())
    with open(temporary, "wb") as f:
        f.write(raw)
    os.rename(temporary, article)
    return len(sentence) + 2


def main():
    for line in sys.stdin:
        words = line.rstrip("\n").split(" ")
        if words[0] == "sidecar":
            add_entity(words[1], words[2], words[3], int(words[4]), int(words[5]))
            print("ok", flush=True)
        elif words[0] == "article":
            print("ok %d" % prepend(words[1], " ".join(words[2:])), flush=True)
        else:
            print("unknown command: %s" % line.strip(), flush=True)


if __name__ == "__main__":
    main()
