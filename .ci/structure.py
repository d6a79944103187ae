#!/usr/bin/env python3
"""The house rules a newcomer can read from the tree, checked: `make lint` runs this.

For each Rust source tree given, it builds the graph of file-level imports (`use crate::a::b`,
`crate::a::b::f(...)`, `super::x`) and fails on:
- a cycle between files (a imports b, b imports a, directly or through others);
- in the core, an import that breaks the rule of the rooms (see ROOMS: which room may import which);
- a function longer than --max-lines lines (tests excluded).

Usage: structure.py [--max-lines N] [--core DIR] [DIR ...]
       structure.py --self-test   (the check fails where it must: a cycle, a room broken, a long function)
"""
import argparse
import os
import re
import sys

# The rule of the core's rooms: each room may import only the rooms listed.
ROOMS = {
    "error": set(),
    "model": set(),
    "io": {"error", "model"},
    "calc": {"error", "model"},
    "scorecard": {"error", "model", "io", "calc"},
    "document": {"error"},
    "extract": {"error", "model", "io", "document"},
    "alignment": {"error", "model", "io", "calc"},
    "label": {"error", "model", "calc", "scorecard", "alignment"},
    "report": {"error", "model", "io", "calc", "scorecard", "alignment", "label"},
    "": {"error", "model", "io", "calc", "scorecard", "document", "extract", "alignment", "label", "report"},  # lib.rs re-exports
}


def modules(src):
    """Module path (tuple) -> file path, for every .rs file under src."""
    out = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            path = os.path.join(root, f)
            parts = os.path.relpath(path, src)[:-3].split(os.sep)
            if parts[-1] == "mod":
                parts = parts[:-1]
            if parts in (["lib"], ["main"]):
                parts = []
            out[tuple(parts)] = path
    return out


def code_of(path):
    """The file's text without comments, string contents and its test module."""
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'r#"(.|\n)*?"#', '""', text)
    text = re.sub(r'"(\\.|[^"\\])*"', '""', text)
    return re.split(r"#\[cfg\(test\)\]\s*mod\s+tests", text)[0]


def resolve(mods, base):
    """The longest module prefix of `base` that is a file."""
    base = tuple(base)
    while base and base not in mods:
        base = base[:-1]
    return base if base in mods else None


def imports(mods, module, text):
    """Modules (files) this file refers to."""
    found = set()
    for m in re.finditer(r"\bcrate((?:::\w+)+)(::\{([^}]*)\})?", text):
        head = [p for p in m.group(1).split("::") if p]
        found.add(resolve(mods, head))
        if m.group(3):
            for item in m.group(3).split(","):
                item = item.strip().split("::")[0].strip()
                if item and item != "self":
                    found.add(resolve(mods, head + [item]))
    for m in re.finditer(r"\bsuper((?:::\w+)*)", text):
        parent = list(module[:-1])
        rest = [p for p in m.group(1).split("::") if p]
        found.add(resolve(mods, parent + rest))
    found.discard(None)
    found.discard(module)
    # A module's own parent (its mod.rs) declares it: referring to the parent's items is not a cycle
    # unless the parent also imports the child, which the graph shows.
    return found


def cycles(graph):
    """Strongly connected components with more than one file (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def long_functions(path, limit):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    for i, line in enumerate(lines):
        if re.match(r"\s*#\[cfg\(test\)\]", line):
            break
        m = re.match(r"\s*(pub(\([^)]*\))?\s+)?(const\s+|async\s+|unsafe\s+)*fn\s+(\w+)", line)
        if not m:
            continue
        depth, started = 0, False
        for j in range(i, len(lines)):
            s = re.sub(r'"(\\.|[^"\\])*"', '""', re.sub(r"//.*", "", lines[j]))
            if not started and ";" in s and "{" not in s:
                break
            depth += s.count("{") - s.count("}")
            started = started or "{" in s
            if started and depth <= 0:
                if j - i + 1 > limit:
                    out.append(f"{path}:{i + 1}: fn {m.group(4)} is {j - i + 1} lines (limit {limit})")
                break
    return out


def name(m):
    return "::".join(m) or "(crate root)"


def self_test():
    """Builds three small trees that break one rule each and checks that each is caught."""
    import tempfile

    def tree(files):
        d = tempfile.mkdtemp()
        for rel, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
            with open(os.path.join(d, rel), "w", encoding="utf-8") as f:
                f.write(text)
        return d

    cyc = tree({"lib.rs": "mod a;\nmod b;\n", "a.rs": "use crate::b::X;\n", "b.rs": "use crate::a::Y;\n"})
    mods = modules(cyc)
    graph = {m: imports(mods, m, code_of(p)) for m, p in mods.items()}
    assert cycles(graph), "a two-file cycle was not found"
    rooms = tree({"lib.rs": "", "model/mod.rs": "use crate::calc::x;\n", "calc/mod.rs": "use crate::model::Plan;\n"})
    mods = modules(rooms)
    graph = {m: imports(mods, m, code_of(p)) for m, p in mods.items()}
    assert ("calc",) in graph[("model",)], graph
    long = tree({"lib.rs": "fn f() {\n" + "    let x = 1;\n" * 130 + "}\n"})
    assert long_functions(os.path.join(long, "lib.rs"), 120), "a 132-line function was not found"
    print("structure: self-test passed")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-lines", type=int, default=120)
    ap.add_argument("--core", help="the core's src/, checked against the rule of the rooms too")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    failures = []
    for src in ([args.core] if args.core else []) + args.dirs:
        mods = modules(src)
        graph = {m: imports(mods, m, code_of(p)) for m, p in mods.items()}
        for comp in cycles(graph):
            failures.append(f"{src}: import cycle: {' -> '.join(name(m) for m in sorted(comp))}")
        if src == args.core:
            for m, deps in graph.items():
                room = m[0] if m else ""
                allowed = ROOMS.get(room)
                if allowed is None:
                    failures.append(f"{src}: {name(m)} is in no room; expected one of {sorted(r for r in ROOMS if r)}")
                    continue
                for d in deps:
                    other = d[0] if d else ""
                    if other != room and other not in allowed:
                        failures.append(f"{src}: {name(m)} imports {name(d)}: room {room} may import only {sorted(allowed)}")
        for p in mods.values():
            failures.extend(long_functions(p, args.max_lines))
        print(f"structure: {src}: {len(mods)} files, {sum(len(v) for v in graph.values())} imports")
    for f in failures:
        print(f)
    print(f"structure: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
