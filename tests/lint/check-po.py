#!/usr/bin/env python3
# Fail when a po file is not complete: any untranslated or fuzzy message, no
# translated message at all, or a header that is not UTF-8 with a Language.
# (Meson builds .mo files without --check, and msgfmt accepts incomplete
# catalogues, so a missing translation would otherwise go unnoticed.)
#
# usage: check-po.py MSGFMT FILE.po LANG

import os
import re
import subprocess
import sys


def main():
    if len(sys.argv) != 4:
        print("usage: check-po.py MSGFMT FILE.po LANG", file=sys.stderr)
        return 2
    msgfmt, path, lang = sys.argv[1:]
    ok = True

    proc = subprocess.run([msgfmt, "--check", "--check-format", "--statistics",
                           "-o", "/dev/null", path],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, env=dict(os.environ, LC_ALL="C", LANGUAGE=""))
    out = proc.stdout.strip()
    print(out)
    if proc.returncode != 0:
        print(f"FAIL: msgfmt --check rejects {path}")
        ok = False

    stats = out.splitlines()[-1] if out else ""
    translated = re.search(r"(\d+) translated message", stats)
    fuzzy = re.search(r"(\d+) fuzzy translation", stats)
    untranslated = re.search(r"(\d+) untranslated message", stats)
    if not translated or int(translated.group(1)) == 0:
        print(f"FAIL: {path} has no translated messages")
        ok = False
    if fuzzy:
        print(f"FAIL: {path} has {fuzzy.group(1)} fuzzy message(s)")
        ok = False
    if untranslated:
        print(f"FAIL: {path} has {untranslated.group(1)} untranslated message(s)")
        ok = False

    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not re.search(r'"Content-Type: text/plain; charset=UTF-8\\n"', text):
        print(f"FAIL: {path} does not declare charset=UTF-8")
        ok = False
    if not re.search(r'"Language: %s\\n"' % re.escape(lang), text):
        print(f"FAIL: {path} does not declare Language: {lang}")
        ok = False

    if ok:
        print(f"OK: {path} is complete")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
