#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps tests able to fail and free of sleeps.

Rules, for C++ files under the given tests folder:
  1. No QTRY_ macro anywhere: inside a Catch2 test it returns silently on timeout, so the check never runs.
     Use REQUIRE(QTest::qWaitFor([&] { return ...; }, timeoutMs)).
  2. Under ui/, every QTest::qWait( has a "// fixed wait:" comment on its line or the line before, saying why
     a fixed time is right (only to check that nothing happens during it). Anything asynchronous is waited
     for by its condition, with QTest::qWaitFor.
  3. No ';' in a test case's name: CTest's discovery splits the name there, and each half then matches no
     test, which Catch2 2 reports as a pass, so the test never runs.

  check_test_waits.py TESTS_FOLDER   reports each breach as file:line and exits 1 if there is any
  check_test_waits.py --self-test    shows the check catches both rules on files written to break them
"""
import pathlib, re, sys, tempfile

SOURCE_SUFFIXES = {".cpp", ".h", ".hpp", ".cc"}
JUSTIFICATION = "// fixed wait:"
TEST_NAME = re.compile(r'TEST_CASE\(\s*"((?:[^"\\]|\\.)*)"')


def breaches(tests):
    found = []
    for path in sorted(tests.rglob("*")):
        if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
            continue
        relative = path.relative_to(tests)
        in_ui = relative.parts[0] == "ui"
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, 1):
            if "QTRY_" in line:
                found.append(f"{relative}:{number}: a QTRY_ macro returns silently on timeout inside a Catch2 test; "
                             "use REQUIRE(QTest::qWaitFor([&] { ... }, timeoutMs))")
            name = TEST_NAME.search(line)
            if name and ";" in name.group(1):
                found.append(f"{relative}:{number}: a ';' in a test case's name splits it in two for CTest, and "
                             "neither half runs; use a comma")
            previous = lines[number - 2] if number > 1 else ""
            if in_ui and "QTest::qWait(" in line and JUSTIFICATION not in line and JUSTIFICATION not in previous:
                found.append(f"{relative}:{number}: QTest::qWait( without a '{JUSTIFICATION}' comment on its line or "
                             "the line before; wait for the condition with REQUIRE(QTest::qWaitFor(...)), or say why "
                             "nothing must happen during a fixed time")
    return found


def self_test():
    with tempfile.TemporaryDirectory() as folder:
        tests = pathlib.Path(folder)
        (tests / "ui").mkdir()
        (tests / "core").mkdir()
        (tests / "core" / "test_bad.cpp").write_text(
            "TEST_CASE(\"x\")\n{\n    QTRY_VERIFY(done);\n}\nTEST_CASE(\"one; two\", \"[a]\")\n{\n}\n")
        (tests / "ui" / "test_bad.cpp").write_text(
            "TEST_CASE(\"y\")\n{\n    QTest::qWait(100);\n    QTRY_COMPARE(a, b);\n}\n")
        (tests / "ui" / "test_good.cpp").write_text(
            "TEST_CASE(\"z\")\n{\n    // fixed wait: nothing may be written meanwhile\n    QTest::qWait(600);\n"
            "    QTest::qWait(600); // fixed wait: nor now\n    REQUIRE(QTest::qWaitFor([&] { return done; }, 5000));\n}\n")
        (tests / "benchmarks").mkdir()
        (tests / "benchmarks" / "fixed.cpp").write_text("QTest::qWait(1000);\n")  # rule 2 is for ui/ only
        got = [b.split(": ", 1)[0] for b in breaches(tests)]
        expected = ["core/test_bad.cpp:3", "core/test_bad.cpp:5", "ui/test_bad.cpp:3", "ui/test_bad.cpp:4"]
        if got != expected:
            sys.exit(f"self-test: expected breaches {expected}, got {got}")
        for breach in breaches(tests):
            print("caught as it should be:", breach)
    print("self-test passed: all three rules are caught, justified fixed waits pass")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = breaches(pathlib.Path(sys.argv[1]))
    for breach in found:
        print(breach)
    if found:
        sys.exit(f"{len(found)} breach(es) of the test wait rules (see tests/guards/check_test_waits.py)")
    print("no QTRY_ macro under tests/, every fixed wait under tests/ui/ says why, no ';' in a test's name")


main()
