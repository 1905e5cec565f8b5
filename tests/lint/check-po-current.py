#!/usr/bin/env python3
# Fail when the translations are behind the sources: a string in the code, a .ui file,
# the desktop file, metainfo or schema that po/LANG.po lacks or has only fuzzy, or a file
# with translatable strings that po/POTFILES.in does not list. (check-po.py only looks at
# what a po file already contains.)
#
# usage: check-po-current.py SRCDIR LANG [LANG ...]

import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
            "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2"]
ENV = dict(os.environ, LC_ALL="C", LANGUAGE="")


def listed_files(srcdir):
    with open(os.path.join(srcdir, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]


def files_with_strings(srcdir):
    found = set()
    code = re.compile(r"(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(")
    for top in ("src", "data"):
        for root, _dirs, files in os.walk(os.path.join(srcdir, top)):
            for name in files:
                path = os.path.join(root, name)
                rel = os.path.relpath(path, srcdir)
                if name.endswith(".c"):
                    with open(path, encoding="utf-8") as f:
                        if code.search(f.read()):
                            found.add(rel)
                elif name.endswith(".ui"):
                    with open(path, encoding="utf-8") as f:
                        if 'translatable="yes"' in f.read():
                            found.add(rel)
    return found


def main():
    srcdir, langs = sys.argv[1], sys.argv[2:]
    ok = True
    listed = listed_files(srcdir)

    for rel in sorted(files_with_strings(srcdir) - set(listed)):
        print(f"FAIL: {rel} has translatable strings but po/POTFILES.in does not list it")
        ok = False
    for rel in listed:
        if not os.path.exists(os.path.join(srcdir, rel)):
            print(f"FAIL: po/POTFILES.in lists {rel}, which does not exist")
            ok = False

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "socrehab.pot")
        existing = [f for f in listed if os.path.exists(os.path.join(srcdir, f))]
        subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments", "-o", pot,
                        "-D", srcdir] + KEYWORDS + existing, check=True, env=ENV)
        for lang in langs:
            merged = os.path.join(tmp, lang + ".po")
            subprocess.run(["msgmerge", "--quiet", "-o", merged,
                            os.path.join(srcdir, "po", lang + ".po"), pot], check=True, env=ENV)
            out = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", merged],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True, env=ENV).stdout.strip()
            print(f"po/{lang}.po against the sources: {out}")
            if "fuzzy" in out or "untranslated" in out:
                print(f"FAIL: po/{lang}.po lacks translations of current source strings")
                ok = False

    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
