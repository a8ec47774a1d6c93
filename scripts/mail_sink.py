"""Haven's local SMTP sink: accepts every message on 127.0.0.1 and keeps it in a Maildir.

Run by scripts/mail.sh (make db). The app speaks plain SMTP to it exactly as it would to a
relay; tests and Playwright read the Maildir (HAVEN_MAILDIR) to see what arrived. Each
message is stored as received, with the envelope recipients added as `X-Haven-Rcpt`
headers so a reader can filter by recipient without parsing MIME.
"""

import argparse
import asyncio
import mailbox
import os
import signal

from aiosmtpd.controller import Controller


class MaildirHandler:
    def __init__(self, path):
        for sub in ("tmp", "new", "cur"):
            os.makedirs(os.path.join(path, sub), exist_ok=True)
        self.box = mailbox.Maildir(path, create=False)

    async def handle_DATA(self, server, session, envelope):
        head = "".join(f"X-Haven-Rcpt: {r}\r\n" for r in envelope.rcpt_tos)
        self.box.add(head.encode() + envelope.original_content)
        return "250 Message accepted for delivery"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=2525)
    p.add_argument("--maildir", required=True)
    a = p.parse_args()
    controller = Controller(MaildirHandler(a.maildir), hostname=a.host, port=a.port)
    controller.start()
    loop = asyncio.new_event_loop()
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    print(f"mail sink on {a.host}:{a.port} -> {a.maildir}", flush=True)
    loop.run_until_complete(stop)
    controller.stop()


if __name__ == "__main__":
    main()
