#!/usr/bin/env python3
# Fail when the manual's translations are behind its pages: a paragraph of help/C/*.page that
# help/LANG/LANG.po lacks or has only fuzzy (complete-help-po-* only looks at what a po file
# already contains, and gnome.yelp quietly leaves untranslated paragraphs in English).
#
# usage: check-help-current.py ITSTOOL SRCDIR LANG [LANG ...]

import glob
import os
import subprocess
import sys
import tempfile

ENV = dict(os.environ, LC_ALL="C", LANGUAGE="")


def main():
    itstool, srcdir, langs = sys.argv[1], sys.argv[2], sys.argv[3:]
    pages = sorted(glob.glob(os.path.join(srcdir, "help", "C", "*.page")))
    ok = True

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "help.pot")
        subprocess.run([itstool, "-o", pot] + pages, check=True, env=ENV)
        for lang in langs:
            merged = os.path.join(tmp, lang + ".po")
            subprocess.run(["msgmerge", "--quiet", "-o", merged,
                            os.path.join(srcdir, "help", lang, lang + ".po"), pot],
                           check=True, env=ENV)
            out = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", merged],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True, env=ENV).stdout.strip()
            print(f"help/{lang}/{lang}.po against help/C: {out}")
            if "fuzzy" in out or "untranslated" in out:
                print(f"FAIL: help/{lang}/{lang}.po lacks translations of the current pages")
                ok = False

    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
