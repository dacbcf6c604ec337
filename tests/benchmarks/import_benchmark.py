#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python side of import_benchmark: a plain script that reads each brat DOC.txt/DOC.ann pair under a
folder and writes one JSON file per document (text, entities with code point spans, relations), the way a
short converter would. No fsync: what a plain script does.

    python3 import_benchmark.py INPUT OUTPUT"""
import json
import os
import sys


def convert(txt_path, ann_path):
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    entities, relations = [], []
    with open(ann_path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(fields) >= 2:
                kind, *offsets = fields[1].replace(";", " ").split(" ")
                spans = [[int(offsets[i]), int(offsets[i + 1])] for i in range(0, len(offsets) - 1, 2)]
                entities.append({"id": fields[0], "type": kind, "spans": spans,
                                 "text": "".join(text[s:e] for s, e in spans)})
            elif line.startswith("R") and len(fields) >= 2:
                kind, arg1, arg2 = fields[1].split(" ")[:3]
                relations.append({"id": fields[0], "type": kind, "from": arg1.split(":")[1], "to": arg2.split(":")[1]})
    return {"text": text, "entities": entities, "relations": relations}


def main():
    source, target = sys.argv[1], sys.argv[2]
    count = 0
    for folder, _, names in os.walk(source):
        out = os.path.join(target, os.path.relpath(folder, source))
        os.makedirs(out, exist_ok=True)
        for name in sorted(names):
            if not name.endswith(".ann"):
                continue
            base = name[:-4]
            document = convert(os.path.join(folder, base + ".txt"), os.path.join(folder, name))
            with open(os.path.join(out, base + ".json"), "w", encoding="utf-8") as f:
                json.dump(document, f, ensure_ascii=False)
            count += 1
    print(count)


if __name__ == "__main__":
    main()
