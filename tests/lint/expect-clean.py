#!/usr/bin/env python3
# Run a validator and fail when it exits non-zero or prints a line matching
# PATTERN. Some validators (desktop-file-validate, flatpak-builder
# --show-manifest) exit 0 on warnings, which would let real defects through.
#
# usage: expect-clean.py PATTERN COMMAND [ARG...]

import re
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        print("usage: expect-clean.py PATTERN COMMAND [ARG...]", file=sys.stderr)
        return 2
    pattern = re.compile(sys.argv[1])
    cmd = sys.argv[2:]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    sys.stdout.write(proc.stdout)
    bad = [line for line in proc.stdout.splitlines() if pattern.search(line)]
    if proc.returncode != 0:
        print(f"FAIL: {cmd[0]} exited with {proc.returncode}")
        return 1
    if bad:
        print(f"FAIL: {len(bad)} line(s) match {sys.argv[1]!r}")
        return 1
    print(f"OK: {' '.join(cmd)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
