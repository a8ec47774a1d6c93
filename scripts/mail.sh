#!/usr/bin/env bash
# The local SMTP sink (aiosmtpd from PyPI, in tools/mail-venv): every message the app sends
# lands in a Maildir (HAVEN_MAILDIR, default .data/mail, git-ignored) instead of anyone's
# inbox. Started by `make db` (so by `make run` and `make test`), stopped by `make db-stop`.
#
#   scripts/mail.sh start    install aiosmtpd when missing, start on HAVEN_SMTP_PORT; idempotent
#   scripts/mail.sh stop
#   scripts/mail.sh status
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
LOG_TAG=mail
AIOSMTPD_VERSION=1.4.6
VENV="$ROOT/tools/mail-venv"
PIDFILE="$ROOT/.data/mail-sink.pid"
log="$ROOT/.data/mail-sink.log"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$HAVEN_SMTP_PORT") 2>/dev/null; }

install() {
  [ -x "$VENV/bin/pip" ] || python3 -m venv "$VENV"
  if ! "$VENV/bin/python" -c "import aiosmtpd, sys; sys.exit(aiosmtpd.__version__ != '$AIOSMTPD_VERSION')" 2>/dev/null; then
    log "pip install aiosmtpd==$AIOSMTPD_VERSION"
    "$VENV/bin/pip" install -q "aiosmtpd==$AIOSMTPD_VERSION"
  fi
}

case "${1:-}" in
  start)
    mkdir -p "$ROOT/.data" "$HAVEN_MAILDIR"
    if pid_alive "$PIDFILE"; then exit 0; fi
    # Another checkout's sink would keep the mail in its own Maildir, out of this one's sight.
    listening && die "127.0.0.1:$HAVEN_SMTP_PORT is taken by another process (another checkout's sink?): stop it, or set HAVEN_SMTP_PORT"
    install
    setsid "$VENV/bin/python" "$ROOT/scripts/mail_sink.py" --port "$HAVEN_SMTP_PORT" \
      --maildir "$HAVEN_MAILDIR" >>"$log" 2>&1 </dev/null &
    echo $! >"$PIDFILE"
    wait_for 10 listening || die "the mail sink did not start (see $log)"
    log "mail sink on 127.0.0.1:$HAVEN_SMTP_PORT, Maildir $HAVEN_MAILDIR"
    ;;
  stop) pid_stop "$PIDFILE" ;;
  status)
    if pid_alive "$PIDFILE"; then echo "mail sink running (pid $(cat "$PIDFILE"))"
    else echo "mail sink stopped"; exit 1; fi
    ;;
  *) usage ;;
esac
