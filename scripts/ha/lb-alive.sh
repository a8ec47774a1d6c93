#!/bin/sh
# keepalived's health check of its machine's nginx (scripts/ha/front.sh): the master process
# named in the pid file is alive. Status 0: healthy.
pid=$(cat "$1" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
