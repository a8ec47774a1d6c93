#!/usr/bin/env python3
"""Steady mixed load through nginx for the resilience drills (scripts/resilience.sh).

Each worker thread keeps its own HTTPS connection and loops: mostly reads (the home page,
a search, a listing page, the listing's availability), and about one request in five a
booking (POST /api/v1/bookings with a bearer token and an Idempotency-Key). Every request
is written to a JSON-lines log with its start time, what it was, its status (0: no
answer at all) and, for a booking that got a 2xx, the booking id, so the drill can check
afterwards that every acknowledged booking is in the database and when errors happened.

Usage: load.py BASE_URL[,BASE_URL...] TOKENS_FILE LISTINGS_FILE OUT.jsonl SECONDS [THREADS]
With several base URLs (the stack's two floating addresses, as DNS round robin would give
them) the threads are spread over them, each keeping to its own. It stops after SECONDS,
or sooner once the file named by LOAD_STOP_FILE exists. HTTPS certificates are checked
against LOAD_CA_FILE (the stack's CA) when set.
Standard library only.
"""

import datetime
import gzip
import http.client
import json
import os
import random
import ssl
import sys
import threading
import time
import urllib.parse


def main():
    bases, tokens_file, listings_file, out_path, seconds = sys.argv[1:6]
    threads = int(sys.argv[6]) if len(sys.argv) > 6 else 8
    urls = [urllib.parse.urlsplit(b) for b in bases.split(",")]
    tokens = [t.strip() for t in open(tokens_file) if t.strip()]
    listings = [int(x) for x in open(listings_file) if x.strip()]
    deadline = time.monotonic() + float(seconds)
    ca_file = os.environ.get("LOAD_CA_FILE")
    if ca_file:
        context = ssl.create_default_context(cafile=ca_file)
    else:
        # A self-signed certificate (scripts/nginx.sh alone): encrypted, not verified.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    out = open(out_path, "w")
    lock = threading.Lock()
    run = f"{int(time.time())}-{random.randrange(1 << 30)}"
    stop_file = os.environ.get("LOAD_STOP_FILE")

    def going():
        return time.monotonic() < deadline and not (stop_file and os.path.exists(stop_file))

    def connect(url):
        if url.scheme == "https":
            return http.client.HTTPSConnection(url.hostname, url.port, timeout=40, context=context)
        return http.client.HTTPConnection(url.hostname, url.port, timeout=40)

    def worker(n):
        rng = random.Random(n * 7919 + int(time.time()))
        url = urls[n % len(urls)]
        conn = connect(url)
        count = 0
        while going():
            count += 1
            listing = rng.choice(listings)
            roll = rng.random()
            headers = {"Accept-Encoding": "gzip"}
            body = None
            method = "GET"
            if roll < 0.2:
                kind = "book"
                method = "POST"
                nights = rng.randint(1, 3)
                start = datetime.date.today() + datetime.timedelta(days=rng.randint(3, 300))
                body = json.dumps({
                    "listing_id": listing,
                    "check_in": start.isoformat(),
                    "check_out": (start + datetime.timedelta(days=nights)).isoformat(),
                    "guest_count": 2,
                })
                headers.update({
                    "Content-Type": "application/json",
                    "Authorization": "Bearer " + tokens[(n + count) % len(tokens)],
                    "Idempotency-Key": f"resilience-{run}-{n}-{count}",
                })
                path = "/api/v1/bookings"
            elif roll < 0.4:
                kind, path = "home", "/"
            elif roll < 0.6:
                kind, path = "search", "/search?q=" + rng.choice(["Lisbon", "Kyoto", "Paris", "beach", ""])
            elif roll < 0.85:
                kind, path = "listing", f"/listings/{listing}"
            else:
                kind, path = "availability", f"/api/v1/listings/{listing}/availability"
            started = time.time()
            status, booking, error, failed_over = 0, None, None, False
            # As a browser does with a name that has several addresses: a connection that
            # cannot be opened is tried at the next address; a request that reached a
            # server and got no answer is an error (a browser retries only idempotent
            # requests on a reused connection: this client does not, so it counts them).
            for attempt in range(len(urls)):
                if conn.sock is None:
                    try:
                        conn.connect()
                    except Exception as e:  # refused, unreachable, timed out: next address
                        error = f"{type(e).__name__}: {e}"[:200]
                        conn.close()
                        url = urls[(urls.index(url) + 1) % len(urls)]
                        conn = connect(url)
                        failed_over = True
                        continue
                error = None
                try:
                    conn.request(method, path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                    status = response.status
                    if response.getheader("Content-Encoding", "") == "gzip":
                        data = gzip.decompress(data)
                    if kind == "book" and 200 <= status < 300:
                        booking = json.loads(data)["id"]
                    if response.getheader("Connection", "").lower() == "close":
                        conn.close()
                        conn = connect(url)
                except Exception as e:  # no answer: reset or timed out after the request
                    error = f"{type(e).__name__}: {e}"[:200]
                    conn.close()
                    conn = connect(url)
                break
            record = {"t": round(started, 4), "ms": round((time.time() - started) * 1000, 1),
                      "kind": kind, "status": status, "via": url.hostname}
            if failed_over:
                record["failed_over"] = True
            if booking is not None:
                record["booking"] = booking
            if error:
                record["error"] = error
            with lock:
                out.write(json.dumps(record) + "\n")

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    out.close()


if __name__ == "__main__":
    main()
