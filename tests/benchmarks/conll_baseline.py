#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline for conll_export_benchmark: IOB2 tagging as a short Python script would do it.

Reads JSON lines {"text": ..., "entities": [[start, end, type], ...]} (code points), tokenizes with a regex
(words, or single other characters), splits tokens at entity boundaries, tags B-/I-/O and writes
"token -X- _ TAG" lines with a blank line at every line break. Prints MB of UTF-8 text per second.

    conll_baseline.py INPUT.jsonl OUTPUT.txt
"""
import json
import re
import sys
import time

TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def tag_document(text, entities, out):
    boundaries = sorted({p for s, e, _ in entities for p in (s, e)})
    starts = {s: (e, t) for s, e, t in entities}
    b = 0
    current = None  # (end, type)
    for line_start, line in iter_lines(text):
        wrote = False
        for match in TOKEN.finditer(line):
            start, end = line_start + match.start(), line_start + match.end()
            while b < len(boundaries) and boundaries[b] <= start:
                b += 1
            pieces = []
            while b < len(boundaries) and boundaries[b] < end:
                pieces.append((start, boundaries[b]))
                start = boundaries[b]
                b += 1
            pieces.append((start, end))
            for s, e in pieces:
                if current and s >= current[0]:
                    current = None
                tag = "O"
                if s in starts:
                    current = starts[s]
                    tag = "B-" + current[1]
                elif current:
                    tag = "I-" + current[1]
                out.append(f"{text[s:e]} -X- _ {tag}\n")
                wrote = True
        if wrote:
            out.append("\n")


def iter_lines(text):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        documents = [json.loads(line) for line in f]
    size = sum(len(d["text"].encode("utf-8")) for d in documents) / 1e6
    begin = time.perf_counter()
    out = []
    for d in documents:
        out.append("-DOCSTART- -X- O O\n\n")
        tag_document(d["text"], d["entities"], out)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("".join(out))
    seconds = time.perf_counter() - begin
    print(f"{size / seconds:7.1f} MB/s ({seconds:.2f} s)")


if __name__ == "__main__":
    main()
