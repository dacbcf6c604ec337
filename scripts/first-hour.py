#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new analyst's first hour, played on a virtual X display with the mouse and keyboard only.

    first-hour.py HASHIYA SAMPLES [SCREENSHOTS]

Copies the sample articles (without their sidecars) into a scratch corpus and drives the real window with
xdotool: tag with keys and with a mouse drag, tag all occurrences, link two people, undo and redo, export
from the window and from the command line (from a folder holding ./export), switch the interface to Arabic
and restart, tag once more and quit. Each step waits for its effect on disk, never for a fixed time, and
the end checks the sidecar against what the session did. With SCREENSHOTS, a picture of each step is kept
there. Exit 0 when every step held; otherwise the failing step says what it expected and what it found.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ARTICLE = "savunma-toplantisi-tr.txt"
SELECTION_BLUE = bytes((48, 140, 198))  # the Fusion palette's highlight: what Find leaves selected
SCREEN = (1500, 950)


class StepFailed(Exception):
    pass


def wait_for(what, condition, timeout=20.0):
    """Polls `condition` until it returns something true; fails the step with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise StepFailed("timed out waiting for " + what)
        time.sleep(0.1)


class Desktop:
    """The virtual display, the app on it, and the analyst's hands."""

    def __init__(self, hashiya, corpus, config, shots):
        self.hashiya, self.corpus, self.shots = hashiya, corpus, shots
        # Xvfb picks a free display and names it through a pipe: no clash with another display on the machine.
        # -noreset: the server must outlive the first window, which quits when the language changes.
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "%dx%dx24" % SCREEN,
                                      "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            self.display = ":" + pipe.readline().strip()
        if self.display == ":":
            raise StepFailed("Xvfb did not start")
        self.env = dict(os.environ, DISPLAY=self.display, XDG_CONFIG_HOME=config, LANG="C.UTF-8",
                        XDG_RUNTIME_DIR=os.path.join(config, "runtime"))
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        os.makedirs(self.env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        wait_for("the virtual display", lambda: self.run(["xdotool", "getmouselocation"], check=False) == 0)
        self.app = None
        self.shot_count = 0

    def run(self, command, check=True):
        result = subprocess.run(command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise StepFailed("%s failed (exit %d)" % (" ".join(command), result.returncode))
        return result.returncode

    def output(self, command):
        return subprocess.run(command, env=self.env, capture_output=True, text=True).stdout

    def start(self, *arguments):
        self.app = subprocess.Popen([self.hashiya, *arguments], env=self.env, stdout=subprocess.DEVNULL,
                                    stderr=open(os.path.join(self.corpus, "..", "hashiya.log"), "a"))

    def window(self, title_part):
        """The id of the window whose title holds `title_part`, once it is there."""
        def find():
            ids = self.output(["xdotool", "search", "--name", title_part]).split()
            return ids[0] if ids else None
        return wait_for("a window titled …%s…" % title_part, find)

    def focus(self, title_part=" — Hashiya"):
        window = self.window(title_part)
        self.run(["xdotool", "windowmove", window, "0", "0"])
        self.run(["xdotool", "windowsize", window, str(SCREEN[0]), str(SCREEN[1])])
        self.run(["xdotool", "windowfocus", "--sync", window])
        return window

    def windows(self):
        """How many of the app's windows are on screen: the main window, dialogs and open menus."""
        return len(self.output(["xdotool", "search", "--onlyvisible", "--class", "hashiya"]).split())

    def wait_windows(self, count, what):
        wait_for(what, lambda: self.windows() == count)
        time.sleep(0.2)  # fixed wait: a window that just mapped takes the keyboard a moment later

    def key(self, *keys):
        for key in keys:
            self.run(["xdotool", "key", "--clearmodifiers", key])
            time.sleep(0.05)  # fixed wait: lets the event loop take one key before the next

    def type(self, text):
        self.run(["xdotool", "type", "--delay", "15", text])

    def shot(self, name):
        if self.shots:
            self.shot_count += 1
            path = os.path.join(self.shots, "%02d-%s.png" % (self.shot_count, name))
            self.run(["import", "-display", self.display, "-window", "root", path])

    def screen(self):
        raw = subprocess.run(["import", "-display", self.display, "-window", "root", "-depth", "8", "rgb:-"],
                             env=self.env, capture_output=True).stdout
        if len(raw) != SCREEN[0] * SCREEN[1] * 3:
            raise StepFailed("the screenshot has %d bytes, not %d" % (len(raw), SCREEN[0] * SCREEN[1] * 3))
        return raw

    def new_selection_box(self, before):
        """The bounding box of the pixels that took the selection's colour since the screen `before`: the
        reader's selection, not a list's selected row that was blue already."""
        now = self.screen()
        width, height = SCREEN
        left, top, right, bottom = width, height, -1, -1
        for y in range(height):
            row = slice(y * width * 3, (y + 1) * width * 3)
            if now[row] == before[row]:
                continue
            for x in range(width):
                at = (y * width + x) * 3
                if now[at:at + 3] == SELECTION_BLUE and before[at:at + 3] != SELECTION_BLUE:
                    left, right, top, bottom = min(left, x), max(right, x), min(top, y), max(bottom, y)
        return (left, top, right, bottom) if right - left > 4 else None

    def settled_selection_box(self, before, what):
        """The new selection's box once three looks a quarter second apart agree (within the caret's blink):
        the app may still be taking typed keys (Find selects as it goes: "Rauf" before "Rauf Məmmədov"), or
        queued mouse events."""
        looks = []

        def near(a, b):
            return a and b and all(abs(p - q) <= 3 for p, q in zip(a, b))

        def settled():
            time.sleep(0.25)
            looks.append(self.new_selection_box(before))
            return looks[-1] if len(looks) >= 3 and near(looks[-1], looks[-2]) and near(looks[-2], looks[-3]) else None
        return wait_for(what, settled)

    def drag(self, start, end):
        self.run(["xdotool", "mousemove", str(start[0]), str(start[1]), "mousedown", "1"])
        for step in range(1, 6):
            x = start[0] + (end[0] - start[0]) * step // 5
            y = start[1] + (end[1] - start[1]) * step // 5
            self.run(["xdotool", "mousemove", str(x), str(y), "sleep", "0.05"])
        self.run(["xdotool", "mouseup", "1", "sleep", "0.1"])

    def stop(self):
        if self.app and self.app.poll() is None:
            self.app.send_signal(signal.SIGTERM)
            self.app.wait(10)
        self.xvfb.terminate()
        self.xvfb.wait(10)


class Sidecar:
    """The article's sidecar as it is on disk right now."""

    def __init__(self, path):
        self.path = path

    def read(self):
        try:
            with open(self.path, encoding="utf-8") as file:
                return json.load(file)
        except (OSError, ValueError):
            return None

    def entities(self):
        data = self.read() or {}
        return sorted(zip((entity["type"] for entity in data.get("entities", [])), self._texts(data)))

    def relations(self):
        data = self.read() or {}
        names = {entity["id"]: text for entity, text in zip(data.get("entities", []), self._texts(data))}
        return sorted((r["type"], names.get(r["from"]), names.get(r["to"])) for r in data.get("relations", []))

    def _texts(self, data):
        """Each entity's text, cut by its code point offsets (as Python indexes) from the article's canonical
        text: without its byte order mark, CR LF read as one line end (docs/sidecar-format.md)."""
        with open(self.path[:-len(".ann.json")], encoding="utf-8-sig", newline="") as file:
            text = file.read().replace("\r\n", "\n")
        return [" ".join(text[s[0]:s[1]] for s in entity["spans"]) for entity in data.get("entities", [])]

    def wait_entity(self, kind, text):
        wait_for("%s %s in the sidecar" % (kind, text), lambda: (kind, text) in self.entities())

    def wait_entities(self, count):
        wait_for("%d entities in the sidecar" % count, lambda: len(self.entities()) == count)


def find(desktop, text):
    """Ctrl+F, the text, Enter, Escape: the hit stays selected in the reader; returns where it is on screen."""
    desktop.key("Escape")  # no selection left from before: the hit's pixels are those that turn blue
    before = desktop.screen()
    desktop.key("ctrl+f")
    time.sleep(0.2)  # fixed wait: the find bar takes focus when it opens
    desktop.key("ctrl+a")
    desktop.type(text)
    desktop.key("Return", "Escape")
    return desktop.settled_selection_box(before, "the hit of %s selected" % text)


def session(desktop, scratch, hashiya):
    corpus = os.path.join(scratch, "corpus")
    sidecar = Sidecar(os.path.join(corpus, ARTICLE + ".ann.json"))
    desktop.start(os.path.join(corpus, ARTICLE))
    desktop.focus(ARTICLE)
    desktop.shot("opened")

    print("tag with the keyboard: find Selin Aydın, press P")
    find(desktop, "Selin Aydın")
    desktop.key("p")
    sidecar.wait_entity("PERSON", "Selin Aydın")

    print("tag with the mouse: drag from Rauf into the middle of Məmmədov, press P (the word snaps whole)")
    left, top, right, bottom = find(desktop, "Rauf Məmmədov")
    middle = (top + bottom) // 2
    desktop.key("Escape")
    before = desktop.screen()
    end = left + (right - left) * 7 // 10
    desktop.drag((left + 2, middle), (end, middle))
    dragged = desktop.settled_selection_box(before, "the dragged selection")
    if dragged[2] < end - 2:
        raise StepFailed("the drag to x=%d selected only up to x=%d" % (end, dragged[2]))
    desktop.shot("mouse-selection")
    desktop.key("p")
    sidecar.wait_entity("PERSON", "Rauf Məmmədov")

    print("organisations: ASELSAN and ROKETSAN with O")
    for name in ("ASELSAN", "ROKETSAN"):
        find(desktop, name)
        desktop.key("o")
        sidecar.wait_entity("ORG", name)

    print("tag all: Azerbaycan as a country, then Ctrl+Shift+M and Tag checked")
    find(desktop, "Azerbaycan")
    desktop.key("g")
    sidecar.wait_entities(5)
    desktop.key("ctrl+shift+m")
    desktop.wait_windows(2, "the Tag all dialog")
    desktop.shot("tag-all")
    desktop.key("alt+t")
    sidecar.wait_entities(6)
    desktop.key("Escape")
    desktop.wait_windows(1, "the Tag all dialog to close")
    desktop.focus(ARTICLE)

    print("relate with the mouse: drag from Selin Aydın's chip onto Rauf Məmmədov, M for meets with")
    target = find(desktop, "Rauf Məmmədov")
    source = find(desktop, "Selin Aydın")
    desktop.key("Escape")
    chip = (source[0] + 8, source[1] - 6)  # the type label sits on the entity's top left corner
    desktop.drag(chip, ((target[0] + target[2]) // 2, (target[1] + target[3]) // 2))
    desktop.wait_windows(2, "the menu of relation types")
    desktop.shot("relation-menu")
    desktop.key("m")
    relation = ("MEETS_WITH", "Selin Aydın", "Rauf Məmmədov")
    wait_for("the relation %s in the sidecar" % (relation,), lambda: sidecar.relations() == [relation])

    print("undo and redo the relation")
    desktop.key("ctrl+z")
    wait_for("the relation undone", lambda: sidecar.relations() == [])
    desktop.key("ctrl+shift+z")
    wait_for("the relation redone", lambda: sidecar.relations() == [relation])
    desktop.shot("related")

    print("export from the window: Ctrl+E, brat into ./export beside the corpus")
    desktop.key("ctrl+e")
    desktop.wait_windows(2, "the Export dialog")
    desktop.key("alt+t")
    desktop.type(os.path.join(scratch, "export"))
    desktop.key("Return")
    exported = os.path.join(scratch, "export", ARTICLE[:-4] + ".ann")
    wait_for("the window's export " + exported, lambda: os.path.exists(exported))
    desktop.shot("exported")
    desktop.key("Escape")
    desktop.wait_windows(1, "the export's summary to close")
    desktop.focus(ARTICLE)

    print("export from the command line, in the folder that now holds ./export")
    result = subprocess.run([hashiya, "export", "--format", "jsonl", "--out", "export-cli", "corpus"], cwd=scratch,
                            capture_output=True, text=True, env=dict(desktop.env, DISPLAY=""))
    if result.returncode != 0:
        raise StepFailed("hashiya export exited %d: %s" % (result.returncode, result.stderr.strip()))
    with open(exported, encoding="utf-8") as file:
        brat_lines = [line for line in file if line.startswith("T")]
    if len(brat_lines) != 6:
        raise StepFailed("the brat export holds %d entities, not 6" % len(brat_lines))

    print("switch the interface to Arabic and restart")
    desktop.key("alt+s")
    desktop.wait_windows(2, "the Settings menu")
    desktop.key("l")
    desktop.wait_windows(3, "the Language menu")
    desktop.shot("language-menu")
    desktop.key("Down", "Down", "Down", "Return")  # the system's, English, Türkçe, العربية
    first = desktop.app
    wait_for("the question whether to restart now",
             lambda: desktop.output(["xdotool", "search", "--onlyvisible", "--name", "Restart"]).split())
    time.sleep(0.2)  # fixed wait: a window that just mapped takes the keyboard a moment later
    desktop.shot("restart-question")
    desktop.key("Return")  # "Restart now" is the default button; the new process starts detached
    wait_for("the first process to end", lambda: first.poll() is not None)
    if first.returncode != 0:
        raise StepFailed("the first window's process exited with %d" % first.returncode)
    desktop.app = None  # the new window's process is not this script's child; closing the display ends it
    desktop.focus(ARTICLE)
    desktop.shot("arabic-interface")

    print("after the restart: tag İstanbul (the suffix 'da stays out), then quit")
    find(desktop, "İstanbul'da")
    desktop.key("g")
    sidecar.wait_entity("GPE", "İstanbul")
    desktop.shot("done")
    desktop.key("ctrl+q")
    wait_for("the window to close", lambda: not desktop.output(["xdotool", "search", "--name", " — Hashiya"]).split())

    expected = sorted([("PERSON", "Selin Aydın"), ("PERSON", "Rauf Məmmədov"), ("ORG", "ASELSAN"),
                       ("ORG", "ROKETSAN"), ("GPE", "Azerbaycan"), ("GPE", "Azerbaycan"), ("GPE", "İstanbul")])
    if sidecar.entities() != expected:
        raise StepFailed("the sidecar holds %s, expected %s" % (sidecar.entities(), expected))
    if sidecar.relations() != [relation]:
        raise StepFailed("the sidecar's relations are %s, expected %s" % (sidecar.relations(), [relation]))
    if sidecar.read().get("format") != "hashiya-sidecar":
        raise StepFailed("the sidecar's format field is %r" % sidecar.read().get("format"))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    hashiya, samples = os.path.abspath(sys.argv[1]), sys.argv[2]
    shots = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="hashiya-first-hour-")
    corpus = os.path.join(scratch, "corpus")
    os.makedirs(corpus)
    for name in os.listdir(samples):
        if name.endswith(".txt") or name == "hashiya-schema.json":
            shutil.copy(os.path.join(samples, name), corpus)
    desktop = Desktop(hashiya, corpus, os.path.join(scratch, "config"), shots)
    try:
        session(desktop, scratch, hashiya)
    except StepFailed as failure:
        desktop.shot("failed")
        print("first hour: FAILED: %s (scratch folder kept: %s)" % (failure, scratch))
        return 1
    finally:
        desktop.stop()
    print("first hour: every step held; the sidecar ends as expected")
    shutil.rmtree(scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
