#!/usr/bin/env python3
# Builds the include graph of the C sources under the given folders from their
# `#include "…"` lines and fails when it has a cycle.
#
# Two graphs are checked. Files: a header that ends up including itself.
# Units: a .c file, its .h, its -private.h and -internal.h are one unit
# (sr-store.c, sr-store.h and sr-store-private.h are "sr-store"), so a cycle such as
# sr-store.c -> sr-query-model.h and sr-query-model.c -> sr-store-private.h
# shows even though no header includes itself. Includes resolve by file name
# (every source folder is an include directory); names not found under the
# folders (config.h, system headers) are ignored.
#
# usage: check-include-cycles.py FOLDER...

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def unit_of(name):
    stem = os.path.splitext(name)[0]
    for suffix in ("-private", "-internal"):
        if stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def strongly_connected(graph):
    """Tarjan's algorithm, iterative: the components with more than one node."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def edges_within(component, graph, why):
    members = set(component)
    lines = []
    for a in component:
        for b in sorted(graph[a] & members):
            lines.append(f"    {a} -> {b}" + (f"  ({', '.join(sorted(why[(a, b)]))})"
                                             if why else ""))
    return lines


def main():
    if len(sys.argv) < 2:
        print("usage: check-include-cycles.py FOLDER...", file=sys.stderr)
        return 2

    files = {}
    for folder in sys.argv[1:]:
        for dirpath, _, names in os.walk(folder):
            for name in names:
                if name.endswith((".c", ".h")):
                    if name in files:
                        print(f"FAIL: two files named {name}: {files[name]}, "
                              f"{os.path.join(dirpath, name)}")
                        return 1
                    files[name] = os.path.join(dirpath, name)

    file_graph = {name: set() for name in files}
    unit_graph = {unit_of(name): set() for name in files}
    why = {}
    n_edges = 0
    for name, path in files.items():
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for target in INCLUDE.findall(text):
            target = os.path.basename(target)
            if target not in files:
                continue
            n_edges += 1
            file_graph[name].add(target)
            a, b = unit_of(name), unit_of(target)
            if a != b:
                unit_graph[a].add(b)
                why.setdefault((a, b), set()).add(f"{name} includes {target}")

    failed = False
    for component in strongly_connected(file_graph):
        failed = True
        print("FAIL: headers including each other: " + " ".join(component))
        print("\n".join(edges_within(component, file_graph, None)))
    for component in strongly_connected(unit_graph):
        failed = True
        print("FAIL: units depending on each other: " + " ".join(component))
        print("\n".join(edges_within(component, unit_graph, why)))

    print(f"{len(files)} files, {len(unit_graph)} units, {n_edges} includes: "
          + ("cycles found" if failed else "no cycles"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
