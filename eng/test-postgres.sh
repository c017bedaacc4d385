#!/usr/bin/env bash
# Stops, starts or restarts the PostgreSQL cluster of the running `./rete test` (not a developer's
# `./rete up`), returning only once it is really down or accepting connections. Integration tests use
# it through RETE_TEST_POSTGRES_CTL. Usage: eng/test-postgres.sh stop|start|restart
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$RETE_ROOT/eng/infra.sh"

RETE_HOME=${RETE_TEST_HOME:-${RETE_HOME:-$RETE_ROOT/.rete}/test}
[[ -f $RETE_HOME/instance ]] || die "no test infrastructure in $RETE_HOME (it exists only while ./rete test runs)"
unset RETE_PORT_OFFSET RETE_GATEWAY_PORT RETE_PG_EPHEMERAL # the instance's own values apply
rete_load_instance

case ${1:-} in
  stop) pg_stop ;;
  start) pg_start ;;
  restart) pg_restart ;;
  *) die "usage: $0 stop|start|restart" ;;
esac
