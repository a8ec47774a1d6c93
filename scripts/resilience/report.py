#!/usr/bin/env python3
"""Summarises a load.py log for one drill (scripts/resilience.sh).

report.py LOG [--window START END]... [--after T] [--bookings-out FILE]

Prints one JSON object: requests, errors (no answer, or a 5xx), the error rate, the
errors outside the given windows (each START..END in Unix seconds; a request is inside when
it was in flight at some point of the window), the
answers by status, bookings acknowledged (2xx) in total and after T, and latency
percentiles. --bookings-out writes the acknowledged booking ids, one per line.
"""

import argparse
import json


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = min(len(sorted_values) - 1, int(round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--window", nargs=2, type=float, action="append", default=[])
    parser.add_argument("--after", type=float)
    parser.add_argument("--bookings-out")
    args = parser.parse_args()
    records = [json.loads(line) for line in open(args.log) if line.strip()]
    errors = [r for r in records if r["status"] == 0 or r["status"] >= 500]
    # A request counts as inside a window when it was in flight during it.
    inside = lambda r: any(r["t"] <= b and a <= r["t"] + r["ms"] / 1000 for a, b in args.window)
    outside = [r for r in errors if not inside(r)]
    statuses = {}
    for r in records:
        statuses[str(r["status"])] = statuses.get(str(r["status"]), 0) + 1
    booked = [r for r in records if "booking" in r]
    latencies = sorted(r["ms"] for r in records if r["status"] and r["status"] < 500)
    span = (max(r["t"] for r in records) - min(r["t"] for r in records)) if records else 0
    summary = {
        "requests": len(records),
        "seconds": round(span, 1),
        "requests_per_second": round(len(records) / span, 1) if span else None,
        "errors": len(errors),
        "error_rate_percent": round(100 * len(errors) / len(records), 3) if records else None,
        "errors_outside_windows": len(outside),
        "errors_by_kind": {k: sum(1 for r in errors if r["kind"] == k) for k in sorted({r["kind"] for r in errors})},
        "statuses": statuses,
        "bookings_acknowledged": len(booked),
        # Answered at the other address after a connection could not be opened.
        "failed_over": sum(1 for r in records if r.get("failed_over")),
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "p99_ms": percentile(latencies, 99),
    }
    if args.window:
        summary["window_seconds"] = round(sum(b - a for a, b in args.window), 2)
    if args.after is not None:
        later = [r for r in records if r["t"] >= args.after]
        summary["after"] = {
            "requests": len(later),
            "errors": sum(1 for r in later if r["status"] == 0 or r["status"] >= 500),
            "bookings_acknowledged": sum(1 for r in later if "booking" in r),
        }
    if outside:
        summary["first_error_outside"] = outside[0]
    if args.bookings_out:
        with open(args.bookings_out, "w") as f:
            for r in booked:
                f.write(f"{r['booking']}\n")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
