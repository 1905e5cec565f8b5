#!/usr/bin/env python3
# Check the Flatpak manifest: valid JSON, the right app id and command, a
# current GNOME runtime, the sandbox holes we mean to have and no others, and
# the app built from this directory with meson.
#
# usage: check-manifest.py MANIFEST APP_ID COMMAND

import json
import sys

MIN_RUNTIME = 50
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
}


def main():
    if len(sys.argv) != 4:
        print("usage: check-manifest.py MANIFEST APP_ID COMMAND", file=sys.stderr)
        return 2
    path, app_id, command = sys.argv[1:]
    errors = []

    try:
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FAIL: {path} is not valid JSON: {e}")
        return 1

    def expect(key, value):
        if m.get(key) != value:
            errors.append(f"{key} is {m.get(key)!r}, expected {value!r}")

    expect("app-id", app_id)
    expect("command", command)
    expect("runtime", "org.gnome.Platform")
    expect("sdk", "org.gnome.Sdk")
    try:
        if int(str(m.get("runtime-version"))) < MIN_RUNTIME:
            errors.append(f"runtime-version {m.get('runtime-version')!r} is older than {MIN_RUNTIME}")
    except ValueError:
        errors.append(f"runtime-version {m.get('runtime-version')!r} is not a GNOME release number")

    finish = m.get("finish-args", [])
    missing = ALLOWED_FINISH_ARGS - set(finish)
    extra = set(finish) - ALLOWED_FINISH_ARGS
    if missing:
        errors.append(f"finish-args lack {sorted(missing)}")
    if extra:
        # No network, no filesystem: client data must stay in the sandbox.
        errors.append(f"finish-args grant more than needed: {sorted(extra)}")

    modules = m.get("modules", [])
    app_module = modules[-1] if modules else {}
    if not isinstance(app_module, dict) or app_module.get("name") != command:
        errors.append(f"the last module should be {command!r}")
    else:
        if app_module.get("buildsystem") != "meson":
            errors.append("the app module should use buildsystem meson")
        sources = app_module.get("sources", [])
        if {"type": "dir", "path": "."} not in sources:
            errors.append('the app module should build from {"type": "dir", "path": "."}')

    for e in errors:
        print(f"FAIL: {e}")
    if errors:
        return 1
    print(f"OK: {path} builds {app_id} with command {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
