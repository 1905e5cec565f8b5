#!/usr/bin/env python3
# Install the current build directory into a temporary DESTDIR and check that
# everything the desktop file, the metainfo and the Flatpak manifest name is
# really installed: the binary, desktop file, metainfo, GSettings schema (and
# that it compiles), both icons, the translations and the manual.
#
# usage: check-install.py --meson M --glib-compile-schemas G --build-root B
#          --prefix P --bindir D --datadir D --localedir D --app-id ID
#          --command CMD [--help-id ID --help-page PAGE...] [--lang LL...]

import argparse
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--meson", required=True)
    ap.add_argument("--glib-compile-schemas", required=True)
    ap.add_argument("--build-root", required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--bindir", required=True)
    ap.add_argument("--datadir", required=True)
    ap.add_argument("--localedir", required=True)
    ap.add_argument("--app-id", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--help-id", default="", help="gnome.yelp project id; empty: no manual")
    ap.add_argument("--help-page", action="append", default=[])
    ap.add_argument("--lang", action="append", default=[])
    a = ap.parse_args()

    destdir = tempfile.mkdtemp(prefix="socrehab-install-")
    try:
        # Without --no-rebuild: meson install builds whatever is out of date
        # (the test is not parallel, so no other ninja runs meanwhile).
        proc = subprocess.run([a.meson, "install", "-C", a.build_root, "--destdir", destdir,
                               "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode != 0:
            sys.stdout.write(proc.stdout)
            print("FAIL: meson install failed")
            return 1
        return check(destdir, a)
    finally:
        shutil.rmtree(destdir, ignore_errors=True)


def check(destdir, a):
    prefix, bindir, datadir, localedir = a.prefix, a.bindir, a.datadir, a.localedir
    app_id, command, linguas = a.app_id, a.command, a.lang
    failures = []

    def inst(*parts):
        # Options may be relative to the prefix or absolute.
        first = parts[0] if os.path.isabs(parts[0]) else os.path.join(prefix, parts[0])
        return os.path.join(destdir + first, *parts[1:])

    def need(path, what):
        if os.path.isfile(path):
            print(f"ok   {what}: {os.path.relpath(path, destdir)}")
            return True
        failures.append(f"{what} missing: {os.path.relpath(path, destdir)}")
        return False

    binary = inst(bindir, command)
    if need(binary, "binary") and not os.access(binary, os.X_OK):
        failures.append(f"binary is not executable: {binary}")

    desktop = inst(datadir, "applications", app_id + ".desktop")
    if need(desktop, "desktop file"):
        entry = configparser.RawConfigParser(interpolation=None, strict=False)
        entry.optionxform = str
        entry.read(desktop, encoding="utf-8")
        exec_cmd = entry.get("Desktop Entry", "Exec", fallback="").split()
        if not exec_cmd or exec_cmd[0] != command:
            failures.append(f"desktop file Exec={exec_cmd!r} does not start {command}")
        if entry.get("Desktop Entry", "Icon", fallback="") != app_id:
            failures.append("desktop file Icon is not the app id")
        for lang in linguas:
            if not entry.has_option("Desktop Entry", f"Name[{lang}]") and \
               not entry.has_option("Desktop Entry", f"Comment[{lang}]"):
                failures.append(f"desktop file has no {lang} translation")

    metainfo = inst(datadir, "metainfo", app_id + ".metainfo.xml")
    if need(metainfo, "metainfo"):
        root = ET.parse(metainfo).getroot()
        launchable = root.findtext("launchable")
        if launchable != app_id + ".desktop":
            failures.append(f"metainfo launchable {launchable!r} is not the desktop file")
        binaries = [b.text for b in root.iter("binary")]
        if binaries and command not in binaries:
            failures.append(f"metainfo provides {binaries}, not {command}")
        domain = root.findtext("translation")
        for lang in linguas:
            need(inst(localedir, lang, "LC_MESSAGES", f"{domain}.mo"),
                 f"{lang} translation ({domain}.mo)")

    schemas = inst(datadir, "glib-2.0", "schemas")
    if need(os.path.join(schemas, app_id + ".gschema.xml"), "GSettings schema"):
        with tempfile.TemporaryDirectory() as compiled:
            proc = subprocess.run([a.glib_compile_schemas, "--strict", "--targetdir", compiled,
                                   schemas],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if proc.returncode != 0 or not os.path.isfile(os.path.join(compiled, "gschemas.compiled")):
                sys.stdout.write(proc.stdout)
                failures.append("installed schema does not compile")
            else:
                print("ok   installed schema compiles")

    icons = inst(datadir, "icons", "hicolor")
    need(os.path.join(icons, "scalable", "apps", app_id + ".svg"), "app icon")
    need(os.path.join(icons, "symbolic", "apps", app_id + "-symbolic.svg"), "symbolic icon")

    if a.help_id:
        for lang in ["C"] + linguas:
            for page in a.help_page:
                need(inst(datadir, "help", lang, a.help_id, page), f"help ({lang})")

    for f in failures:
        print(f"FAIL: {f}")
    if failures:
        return 1
    print("OK: everything is installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
