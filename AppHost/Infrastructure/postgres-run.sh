#!/bin/sh
# Runs the PostgreSQL server in the foreground: postgres-run.sh COMMAND... (the server, or setpriv and the server).
# Stopping a resource sends SIGTERM, which PostgreSQL takes as a smart shutdown: it would wait for every pooled
# connection to close, which never happens. A fast shutdown (SIGINT) ends the sessions cleanly and stops at once.
"$@" &
server=$!
trap 'kill -INT "$server"' TERM INT
wait "$server"
status=$?
# wait returns early when a trap ran: wait again for the server itself.
kill -0 "$server" 2>/dev/null && wait "$server" && status=$?
exit "$status"
