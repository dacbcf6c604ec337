#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Kills a scripted tagging session (crash_session) with SIGKILL at random moments, over and over on
the same corpus, and checks after each kill that the sidecar on disk is one complete state the session
had (valid JSON that `hashiya validate` accepts, digesting to a state the session printed) and that no
change older than one second is missing. Each run reopens what the previous kill left, as an analyst
restarting after a crash would.

    kill_harness.py CRASH_SESSION HASHIYA SAMPLES RUNS [SEED]
"""

import hashlib
import json
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ARTICLES = ["mixed-briefing.txt", "qatar-turkiye-ar.txt", "savunma-toplantisi-tr.txt", "baku-meeting-en.txt"]
ALLOWED_LOSS_S = 1.0


def digest(sidecar: dict) -> str:
    """The digest crash_session prints: entities and relations sorted, with types, spans and ends."""
    lines = sorted(
        "E {} {} {}".format(e["id"], e["type"], ",".join(f"{s[0]}-{s[1]}" for s in e["spans"]))
        for e in sidecar.get("entities", []))
    lines += sorted("R {} {} {} {}".format(r["id"], r["type"], r["from"], r["to"])
                    for r in sidecar.get("relations", []))
    return hashlib.sha1("\n".join(lines).encode("utf-8")).hexdigest()


class Session:
    """One crash_session process whose printed states are collected with the time they arrived."""

    def __init__(self, program, article, seed, env):
        self.states = []  # (monotonic time, digest)
        self.started = threading.Event()
        self.process = subprocess.Popen([program, article, str(seed)], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, env=env)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            parts = line.decode().split()
            if len(parts) == 2 and parts[0] == "state":
                self.states.append((time.monotonic(), parts[1]))
                self.started.set()
        self.started.set()

    def kill(self):
        killed_at = time.monotonic()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.reader.join()
        return killed_at


def check(sidecar_path, hashiya, session, killed_at):
    """Returns (problem or None, seconds of work lost)."""
    try:
        on_disk = json.loads(pathlib.Path(sidecar_path).read_bytes())
    except (OSError, ValueError) as error:
        return f"sidecar unreadable after the kill: {error}", 0.0
    validate = subprocess.run([hashiya, "validate", sidecar_path.removesuffix(".ann.json")],
                              capture_output=True, text=True)
    if validate.returncode != 0:
        return f"hashiya validate rejects the sidecar: {validate.stdout.strip()}", 0.0
    saved = digest(on_disk)
    matches = [i for i, (_, state) in enumerate(session.states) if state == saved]
    if not matches:
        return "the sidecar holds a state the session never had", 0.0
    kept = max(matches)
    lost = [t for t, _ in session.states[kept + 1:]]
    oldest_lost = killed_at - lost[0] if lost else 0.0
    if oldest_lost > ALLOWED_LOSS_S:
        return f"work {oldest_lost:.2f} s old is missing", oldest_lost
    return None, oldest_lost


def main():
    if len(sys.argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        return 2
    program, hashiya, samples, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    seed = int(sys.argv[5]) if len(sys.argv) == 6 else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="hashiya-kill-")
    corpus = os.path.join(work, "corpus")
    shutil.copytree(samples, corpus)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_RUNTIME_DIR=os.path.join(work, "runtime"))
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    failures, states, worst_loss, started = [], 0, 0.0, time.monotonic()
    for run in range(1, runs + 1):
        article = os.path.join(corpus, rng.choice(ARTICLES))
        sidecar = article + ".ann.json"
        before = digest(json.loads(pathlib.Path(sidecar).read_bytes()))
        session = Session(program, article, rng.randrange(1 << 30), env)
        if not session.started.wait(30) or not session.states:
            session.kill()
            failures.append(f"run {run}: the session did not start: {session.process.stderr.read().decode()}")
            break
        if session.states[0][1] != before:
            failures.append(f"run {run}: the reopened article does not hold what the last kill left on disk")
        time.sleep(rng.uniform(0.05, 2.5))
        killed_at = session.kill()
        problem, loss = check(sidecar, hashiya, session, killed_at)
        states += len(session.states) - 1
        worst_loss = max(worst_loss, loss)
        if problem:
            failures.append(f"run {run} ({os.path.basename(article)}): {problem}")
    leftovers = [p.name for p in pathlib.Path(corpus).iterdir() if not any(p.name == a or p.name == a + ".ann.json"
                 for a in ARTICLES) and p.name != "hashiya-schema.json"]
    print(f"{runs} kills (seed {seed}) in {time.monotonic() - started:.0f} s: {states} changes made, "
          f"{len(failures)} failures, at most {worst_loss:.2f} s of work lost, "
          f"{len(leftovers)} files left beside the articles")
    for failure in failures:
        print("  " + failure)
    if not failures:
        shutil.rmtree(work)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
