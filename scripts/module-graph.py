#!/usr/bin/env python3
"""The import graph between the top-level modules of src/server/, and the layering rules.

Prints one line per module: what it imports. Fails (exit 1) on
- an import cycle between top-level modules;
- `platform` importing a domain, `http`, `seed` or the wiring;
- a domain importing `http`, `seed` or the wiring (`cli`, `serve`, `worker`).
Run by `make module-check` (in `make test`); docs/ARCHITECTURE.md shows its output.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "server"
DOMAINS = {"accounts", "catalog", "bookings", "hosting", "favorites", "notifications", "analytics"}
WIRING = {"cli", "serve", "worker"}
# What each layer may not import.
FORBIDDEN = {
    "platform": DOMAINS | WIRING | {"http", "seed"},
    **{d: WIRING | {"http", "seed"} for d in DOMAINS},
    "http": WIRING | {"seed"},
    "seed": WIRING | {"http"},
}


def top_of(path: pathlib.Path) -> str:
    rel = path.relative_to(ROOT)
    return rel.parts[0].removesuffix(".rs") if rel.parts[0] != "mod.rs" else "mod"


def names_in_group(text: str, start: int) -> list[str]:
    """The first segment of each path in a `{a, b::c, d::{e}}` group starting at `start`."""
    depth, names, current, i = 0, [], "", start
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
            if depth == 1:
                current = ""
                i += 1
                continue
        elif ch == "}":
            depth -= 1
            if depth == 0:
                break
        if depth == 1:
            if ch == ",":
                current = ""
            else:
                current += ch
                m = re.fullmatch(r"\s*([a-z_][a-z0-9_]*)", current)
                if m and (i + 1 >= len(text) or not re.match(r"[a-z0-9_]", text[i + 1])):
                    names.append(m.group(1))
        i += 1
    return names


def imports(path: pathlib.Path) -> set[str]:
    text = re.sub(r"//[^\n]*", "", path.read_text())
    found = set()
    for m in re.finditer(r"\bcrate::server::(\{|[a-z_][a-z0-9_]*)", text):
        if m.group(1) == "{":
            found.update(names_in_group(text, m.start(1)))
        else:
            found.add(m.group(1))
    return found


def main() -> int:
    graph: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.rs")):
        top = top_of(path)
        if top == "mod":
            continue
        graph.setdefault(top, set()).update(i for i in imports(path) if i != top)
    failures = []
    for module, deps in sorted(graph.items()):
        print(f"{module:14} -> {', '.join(sorted(deps)) or '(nothing)'}")
        for dep in sorted(deps & FORBIDDEN.get(module, set())):
            failures.append(f"{module} may not import {dep}")
    # Cycles: depth-first search over the top-level graph.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                cycle = stack[stack.index(dep):] + [dep]
                failures.append("import cycle: " + " -> ".join(cycle))
            elif dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    for f in failures:
        print(f"module-graph: {f}", file=sys.stderr)
    if not failures:
        print("module-graph: no cycles; layering rules hold")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
