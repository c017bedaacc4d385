#!/usr/bin/env bash
# Stops or starts the RabbitMQ broker of the running `./rete test` (not a developer's `./rete up`),
# returning only once it is really down or up. Integration tests use it, through RETE_TEST_BROKER_CTL,
# to simulate a broker outage. Usage: eng/test-broker.sh stop|start|restart
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$RETE_ROOT/eng/infra.sh"

RETE_HOME=${RETE_TEST_HOME:-${RETE_HOME:-$RETE_ROOT/.rete}/test}
[[ -f $RETE_HOME/instance ]] || die "no test infrastructure in $RETE_HOME (it exists only while ./rete test runs)"
unset RETE_PORT_OFFSET RETE_GATEWAY_PORT RETE_PG_EPHEMERAL # the instance's own values apply
rete_load_instance

case ${1:-} in
  stop) rmq_stop ;;
  start) rmq_start ;;
  restart) rmq_stop && rmq_start ;;
  *) die "usage: $0 stop|start|restart" ;;
esac
