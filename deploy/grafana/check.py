#!/usr/bin/env python3
"""Checks the Grafana dashboard and the Prometheus rules against the code (`make monitoring-check`).

- the dashboard is a dashboard: schemaVersion, unique panel ids, every panel has a query;
- every metric a panel or a rule names is one the code exports (a `metrics::counter!`,
  `gauge!` or `histogram!` in src/, with _bucket/_sum/_count for histograms), a recording
  rule's output, or Prometheus's own `up`;
- every panel query parses as PromQL: the queries, with Grafana's variables filled in, are
  written as recording rules to a scratch file that `promtool check rules` reads.

Usage: check.py DASHBOARD.json RULES.yml... (run from the repository root). Standard
library only.
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

MACRO = re.compile(r'\b(counter|gauge|histogram)!\(\s*"(haven_[a-z0-9_]+)"')
HAVEN = re.compile(r"\bhaven_[a-z0-9_]+\b")
RECORDED = re.compile(r"\b[a-z_]+:[a-z0-9_]+:[a-z0-9_]+\b")
GRAFANA_VARS = {"$__rate_interval": "5m", "$job": ".*", "$instance": ".*"}


def exported_metrics():
    names = set()
    for path in pathlib.Path("src").rglob("*.rs"):
        for kind, name in MACRO.findall(path.read_text()):
            names.add(name)
            if kind == "histogram":
                names.update(name + s for s in ("_bucket", "_sum", "_count"))
    return names


def rule_exprs(text):
    """The `expr:` values of a rules file: one line, or a block scalar (`expr: |`)."""
    exprs, lines = [], text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(?:-\s*)?expr:\s*(.*)$", line)
        if not m:
            continue
        indent, rest = len(m.group(1)), m.group(2).strip()
        if rest[:1] in ("|", ">"):
            block = []
            for nxt in lines[i + 1 :]:
                if nxt.strip() and len(nxt) - len(nxt.lstrip()) <= indent:
                    break
                block.append(nxt)
            rest = "\n".join(block)
        exprs.append(rest.strip("'\""))
    return exprs


def main(dashboard_path, rule_paths):
    errors = []
    exported = exported_metrics()
    if not exported:
        errors.append("no metrics found in src/: run from the repository root")
    rules_text = "\n".join(pathlib.Path(p).read_text() for p in rule_paths)
    recorded = set(re.findall(r"^\s*-\s*record:\s*(\S+)", rules_text, re.M))

    def unknown(expr):
        raw = RECORDED.sub(" ", expr)
        return sorted(
            {m for m in HAVEN.findall(raw) if m not in exported}
            | {m for m in RECORDED.findall(expr) if m not in recorded}
        )

    rule_count = 0
    for path in rule_paths:
        for expr in rule_exprs(pathlib.Path(path).read_text()):
            rule_count += 1
            for m in unknown(expr):
                errors.append(f"{path}: {m} is not exported by src/ nor recorded")
    if not rule_count:
        errors.append("no rule expressions found")

    dashboard = json.loads(pathlib.Path(dashboard_path).read_text())
    if not 36 <= dashboard.get("schemaVersion", 0) <= 41:
        errors.append(f"{dashboard_path}: schemaVersion {dashboard.get('schemaVersion')}")
    panels = dashboard.get("panels", [])
    ids = [p.get("id") for p in panels]
    if len(ids) != len(set(ids)):
        errors.append(f"{dashboard_path}: duplicate panel ids")
    exprs = []
    for p in panels:
        if p.get("type") == "row":
            continue
        targets = [t.get("expr", "") for t in p.get("targets", [])]
        if not targets or not all(targets):
            errors.append(f"panel {p.get('title')!r}: no query")
        for expr in targets:
            for m in unknown(expr):
                errors.append(f"panel {p.get('title')!r}: {m} is not exported by src/ nor recorded")
            for var, value in GRAFANA_VARS.items():
                expr = expr.replace(var, value)
            if "$" in expr:
                errors.append(f"panel {p.get('title')!r}: unknown variable in {expr}")
            exprs.append(expr)

    # JSON is YAML: the panel queries as recording rules, for promtool to parse.
    with tempfile.NamedTemporaryFile("w", suffix=".yml") as scratch:
        rules = [{"record": f"dashboard:query:{i}", "expr": e} for i, e in enumerate(exprs)]
        json.dump({"groups": [{"name": "dashboard", "rules": rules}]}, scratch)
        scratch.flush()
        check = subprocess.run(
            ["promtool", "check", "rules", scratch.name], capture_output=True, text=True
        )
        if check.returncode != 0:
            errors.append("panel queries do not parse:\n" + check.stdout + check.stderr)

    for e in errors:
        print(f"FAIL: {e}", file=sys.stderr)
    if errors:
        return 1
    print(f"{dashboard_path}: {len(exprs)} queries in {len(panels)} panels parse; they and "
          f"{rule_count} rule expressions name only exported or recorded metrics")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
