#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of every fuzz target into OUT/<target>/: the project's samples and test
files, a few hand-made inputs, and the peer-tool samples in ../shared/interop when they exist. Two-file
inputs (article and sidecar, .txt and .ann) are joined with a NUL byte, as the targets split them."""

import hashlib
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
INTEROP = ROOT.parent / "shared" / "interop"

HAND_MADE = {
    # As kate-syntax-highlighter writes JSON (24-bit colours; 21 ends bold), and some shapes it never writes.
    "colours": [
        "\x1b[38;2;100;74;155;1m{\x1b[21m\x1b[38;2;0;87;174m\"id\"\x1b[0m: \x1b[38;2;191;3;3m\"خلوق 😀\"\x1b[0m\x1b[K\n"
        "\x1b[48;2;35;38;41m\x1b[38;5;196;3;4;9mİı\x1b[23;24;29;39;49m\tx\x1b[0m\n",
        "\x1b[31ma\x1b[91;44mb\x1b[;m\x1b[38;2m\x1b[38;5m\x1b[48;2;1;2\x1b[",
    ],
    "doccano": [
        '{"text": "\U0001F600 Erdoğan met İsmail in Ankara.\\r\\n", "label": [[2, 9, "PER"], [14, 20, "PER"]]}\n',
        '{"id": 7, "text": "وقّع الوزير اتفاقية في الدوحة", "entities": [{"id": 1, "start_offset": 12, '
        '"end_offset": 19, "label": "EVENT"}], "relations": [], "Comments": ["entity 1: note"]}\n',
    ],
    "labelstudio": [
        '[{"data": {"text": "Baykar \U0001F680 sells TB2 to Qatar"}, "annotations": [{"result": ['
        '{"id": "a", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 9, '
        '"end": 14, "text": "sells", "labels": ["EVENT"]}}, {"type": "relation", "from_id": "a", '
        '"to_id": "a", "labels": ["meets"]}]}]}]\n',
    ],
    "brat": [
        "Aselsan met Qatar.\n\0T1\tORG 0 7\tAselsan\nT2\tCOUNTRY 12 17\tQatar\nR1\tmeets Arg1:T1 Arg2:T2\n"
        "A1\tNegation T1\n#1\tAnnotatorNotes T1\tdefence firm\n*\tALIAS_OF T1 T2\nT3\tORG 0 3;4 7\tAse san\n",
    ],
}


def write(out: pathlib.Path, target: str, data: bytes) -> None:
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def files(folder: pathlib.Path, pattern: str):
    return sorted(folder.rglob(pattern)) if folder.is_dir() else []


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: make_seeds.py OUT", file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    own = [ROOT / "resources" / "samples", ROOT / "tests" / "data"]
    for folder in own + [INTEROP]:
        for article in files(folder, "*.txt"):
            text = article.read_bytes()
            write(out, "article", b"\0" + text)
            sidecar = article.with_name(article.name + ".ann.json")
            if sidecar.exists():
                write(out, "sidecar", text + b"\0" + sidecar.read_bytes())
                side = sidecar.read_bytes()
                write(out, "merge", side + b"\0" + side + b"\0" + side)
            ann = article.with_suffix(".ann")
            if ann.exists():
                write(out, "brat", text + b"\0" + ann.read_bytes())
    for folder in own + [ROOT / "resources" / "schema"]:
        for schema in files(folder, "hashiya-schema.json"):
            write(out, "schema", schema.read_bytes())
            write(out, "merge", schema.read_bytes() + b"\0" + schema.read_bytes() + b"\0" + schema.read_bytes())
    for jsonl in files(INTEROP / "doccano", "*.jsonl"):
        write(out, "doccano", jsonl.read_bytes())
    for export in files(INTEROP / "label-studio", "*.json"):
        write(out, "labelstudio", export.read_bytes())
    for target, inputs in HAND_MADE.items():
        for data in inputs:
            write(out, target, data.encode("utf-8"))
    for target in sorted(p.name for p in out.iterdir() if p.is_dir()):
        print(f"{target}: {len(list((out / target).iterdir()))} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
