#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/hashiya_en.ts with English plural forms ("%n entity(ies)" → "%n entity", "%n entities").

English is the source language, so hashiya_en.ts holds nothing but these forms. Run after
`cmake --build build --target update_translations`.
"""
import pathlib, re, sys

path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "translations/hashiya_en.ts")
ts = path.read_text(encoding="utf-8")

def forms(source):
    singular = re.sub(r"\((?:s|es|ies)\)", "", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\((s|es)\)", r"\1", plural)
    return singular, plural

def fill(match):
    source = match.group(1)
    singular, plural = forms(source)
    return (f'<message numerus="yes">\n        <source>{source}</source>\n        <translation>\n'
            f'            <numerusform>{singular}</numerusform>\n            <numerusform>{plural}</numerusform>\n'
            f'        </translation>\n    </message>')

pattern = re.compile(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>\s*</message>', re.S)
ts, count = pattern.subn(fill, ts)
path.write_text(ts, encoding="utf-8")
print(f"{path}: {count} plural messages filled")
