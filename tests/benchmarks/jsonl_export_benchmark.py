#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python side of jsonl_export_benchmark: the same documents written as spaCy JSONL and doccano JSONL with
json.dumps, the way a short Python exporter would (doccano offsets converted to UTF-16 units entity by entity).

    python3 jsonl_export_benchmark.py DOCUMENTS.jsonl [REPEAT]

DOCUMENTS.jsonl is the spaCy JSONL the C++ benchmark writes; it is read first, outside the timing."""
import json
import sys
import time


def utf16_offset(text, code_point):
    """What doccano counts: UTF-16 code units before `code_point`."""
    return len(text[:code_point].encode("utf-16-le")) // 2


def spacy(documents):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)


def doccano(documents):
    lines = []
    entity_id = relation_id = 0
    for n, d in enumerate(documents, 1):
        text = d["text"]
        entities, ids = [], []
        for start, end, label in d["entities"]:
            entity_id += 1
            ids.append(entity_id)
            entities.append({"id": entity_id, "label": label, "start_offset": utf16_offset(text, start),
                             "end_offset": utf16_offset(text, end)})
        relations = []
        for r in d["relations"]:
            relation_id += 1
            relations.append({"id": relation_id, "from_id": ids[r["head"]], "to_id": ids[r["child"]], "type": r["label"]})
        lines.append(json.dumps({"id": n, "text": d["text"], "entities": entities, "relations": relations,
                                 "Comments": [], "name": d["meta"]["name"], "status": d["meta"]["status"]},
                                ensure_ascii=False) + "\n")
    return "".join(lines)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        documents = [json.loads(line) for line in f]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(f"Python {sys.version.split()[0]} json.dumps over the same documents in memory (best of {repeat}):")
    for name, write in (("spaCy JSONL", spacy), ("doccano JSONL", doccano)):
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            data = write(documents).encode("utf-8")
            best = min(best, time.perf_counter() - start)
        print(f"  {name:<38} {best * 1000:8.1f} ms  {len(documents) / best:9.0f} articles/s  {len(data) / 1e6:6.1f} MB")


if __name__ == "__main__":
    main()
