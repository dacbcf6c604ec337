#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a user-visible string has no Turkish or Arabic translation.

Runs lupdate over the sources into copies of translations/hashiya_tr.ts and hashiya_ar.ts, so that a
string added to the code but not yet to the .ts files counts as untranslated too, then checks that
every message has a finished translation with all its plural forms.

    check_translations.py LUPDATE REPOSITORY
"""
import pathlib, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"tr": 1, "ar": 6}


def untranslated(ts_path, forms):
    missing = []
    for message in ET.parse(ts_path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            complete = len(texts) == forms and all(text.strip() for text in texts)
        else:
            complete = bool((translation.text or "").strip()) or not source.strip()
        if kind == "unfinished" or not complete:
            missing.append(source)
    return missing


def main():
    lupdate, repository = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for language in PLURAL_FORMS:
            copy = pathlib.Path(work) / f"hashiya_{language}.ts"
            shutil.copy(repository / "translations" / copy.name, copy)
            copies.append(copy)
        # The files the build's update_translations reads: every .cpp and .h of app/ and ui/.
        sources = sorted(str(path) for folder in ("app", "ui") for pattern in ("*.cpp", "*.h")
                         for path in (repository / folder).rglob(pattern))
        listing = pathlib.Path(work) / "sources.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        # With the include paths of the build, so that lupdate finds the class of every tr() call.
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                        "-I", str(repository), "-I", str(repository / "app"), f"@{listing}",
                        "-ts", *map(str, copies)], check=True)
        for copy in copies:
            for source in untranslated(copy, PLURAL_FORMS[copy.stem.split("_")[1]]):
                failures.append(f"{copy.name}: no translation for “{source}”")
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} untranslated; translate them in translations/*.ts "
              "(cmake --build build --target update_translations adds new strings)")
        return 1
    print("every string is translated into Turkish and Arabic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
