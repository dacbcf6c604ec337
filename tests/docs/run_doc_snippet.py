#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the Python snippet of docs/sidecar-format.md on the given sidecars, so the documentation stays true."""
import pathlib, re, subprocess, sys, tempfile

doc, sidecars = pathlib.Path(sys.argv[1]), sys.argv[2:]
section = doc.read_text(encoding="utf-8").split("## Checking a sidecar from Python", 1)[1]
snippet = re.search(r"```python\n(.*?)```", section, re.S).group(1)
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
    script.write(snippet)
result = subprocess.run([sys.executable, script.name, *sidecars])
pathlib.Path(script.name).unlink()
if not sidecars:
    sys.exit("no sidecars given")
sys.exit(result.returncode)
