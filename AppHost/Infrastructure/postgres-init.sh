#!/bin/sh
# Creates the PostgreSQL cluster of an instance once: postgres-init.sh DIR BIN OWNER (password in RETE_PG_PASSWORD).
# Run by the AppHost before the postgres resource; a cluster that exists is left as it is.
set -eu
dir=$1 bin=$2 owner=$3
mkdir -p "$dir"
run=''
if [ "$(id -u)" = 0 ]; then
  run="runuser -u $owner --"
  chown "$owner": "$dir"
  # The postgres user must be able to traverse every folder above its data.
  p=$dir
  while [ "$p" != / ]; do
    runuser -u "$owner" -- test -x "$p" 2>/dev/null || chmod o+x "$p"
    p=$(dirname "$p")
  done
fi
chmod 700 "$dir"
[ -f "$dir/data/PG_VERSION" ] && exit 0
pwfile=$dir/.pwfile
(umask 077 && printf '%s\n' "$RETE_PG_PASSWORD" >"$pwfile")
[ -n "$run" ] && chown "$owner": "$pwfile"
cd /
rc=0
$run "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 || rc=$?
rm -f "$pwfile"
exit $rc
