#!/usr/bin/env python3
# Validate the translated Mallard pages that gnome.yelp builds with itstool
# into <build>/help/<lang>/.
#
# gnome.yelp() returns no target objects, so meson cannot list these pages in
# the test's `depends:`, and `meson test` only rebuilds what tests depend on.
# This script therefore asks ninja for exactly those outputs first (the test
# is not parallel, so no other ninja runs meanwhile), then checks that each
# page exists, is newer than its po file, carries the right xml:lang, and
# passes `yelp-check validate`.
#
# usage: check-help.py --ninja N --yelp-check Y --source-dir HELP_SRC
#          --build-root B --subdir help --lang LL PAGE...

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ninja", required=True)
    ap.add_argument("--yelp-check", required=True)
    ap.add_argument("--source-dir", required=True, help="help/ in the source tree")
    ap.add_argument("--build-root", required=True)
    ap.add_argument("--subdir", default="help", help="help/ relative to the build root")
    ap.add_argument("--lang", required=True)
    ap.add_argument("pages", nargs="+")
    a = ap.parse_args()

    rel_dir = os.path.join(a.subdir, a.lang)
    out_dir = os.path.join(a.build_root, rel_dir)
    outputs = [os.path.join(rel_dir, p) for p in a.pages]

    proc = subprocess.run([a.ninja, "-C", a.build_root] + outputs,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout)
        print(f"FAIL: could not build the {a.lang} pages")
        return 1

    ok = True
    po = os.path.join(a.source_dir, a.lang, a.lang + ".po")
    po_mtime = os.path.getmtime(po)
    for page in a.pages:
        path = os.path.join(out_dir, page)
        if not os.path.exists(path):
            print(f"FAIL: {path} was not built")
            ok = False
            continue
        if os.path.getmtime(path) < po_mtime:
            print(f"FAIL: {path} is older than {po}")
            ok = False
        root = ET.parse(path).getroot()
        if page.endswith(".page") and root.get(XML_LANG) != a.lang:
            print(f"FAIL: {path} has xml:lang={root.get(XML_LANG)!r}, expected {a.lang!r}")
            ok = False
    if not ok:
        return 1

    proc = subprocess.run([a.yelp_check, "validate", out_dir],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(proc.stdout)
    if proc.returncode != 0 or proc.stdout.strip():
        print(f"FAIL: yelp-check validate {out_dir}")
        return 1
    print(f"OK: {len(a.pages)} {a.lang} files in {out_dir} are valid Mallard")
    return 0


if __name__ == "__main__":
    sys.exit(main())
