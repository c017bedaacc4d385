# The cost of one registration across the whole system (issue 13): CPU of every part from /proc, and PostgreSQL
# transactions per database, for 4,000 POSTs at concurrency 20 through the gateway, counted until every consumer
# (Grants, Placements, Referrals, Indicators) has applied the events. `bench/run --only writecost` takes ~2 minutes.
COST_PARTS=(gateway registry grants placements referrals indicators postgres messaging)
COST_DBS=(registry grants placements referrals indicators)
COST_CONSUMERS=(grants placements referrals indicators)
COST_N=4000
declare -A COST=()
psql_db() { PGPASSWORD=$RETE_DEV_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -tAc "$2"; }
inbox_rows() { psql_db "$1" 'select count(*) from inbox_messages'; }
commits() { psql_db postgres "select xact_commit from pg_stat_database where datname = '$1'"; }

# A service's first events cost its JIT and its first queries' plans: warmed up with a tenant of their own first.
cost_burst() { # tenant requests: prints "rps p50 p99 errors", returns once every consumer has applied the burst
  local auth deadline db line
  declare -A before=()
  for db in "${COST_CONSUMERS[@]}"; do before[$db]=$(inbox_rows "$db"); done
  auth="Authorization: Bearer $(token "$1")"
  line=$(hey_run -n "$2" -c 20 -m POST -T application/json -D "$BODY" -H "$auth" "$GATEWAY$ORGS")
  deadline=$((SECONDS + 180))
  for db in "${COST_CONSUMERS[@]}"; do
    until (($(inbox_rows "$db") - before[$db] >= $2)) || ((SECONDS > deadline)); do sleep 0.2; done
  done
  echo "$line"
}
say "cost of a write: warm-up (1,000 registrations)"
cost_burst bench-cost-warm-w 1000 >/dev/null
say "cost of a write, every part ($RUNS runs of $COST_N registrations at c=20)"
for ((r = 1; r <= RUNS; r++)); do
  declare -A T0=() X0=()
  for part in "${COST_PARTS[@]}"; do T0[$part]=$(part_ticks "$part"); done
  for db in "${COST_DBS[@]}"; do X0[$db]=$(commits "$db"); done
  read -r rps p50 p99 err < <(cost_burst "bench-cost-$r-w" "$COST_N")
  total=0
  for part in "${COST_PARTS[@]}"; do
    d=$(($(part_ticks "$part") - T0[$part]))
    total=$((total + d))
    COST[$part]+=" $(ms_per "$d" "$COST_N")"
  done
  COST[total]+=" $(ms_per "$total" "$COST_N")"
  for db in "${COST_DBS[@]}"; do
    COST[xact.$db]+=" $(awk -v d="$(($(commits "$db") - X0[$db]))" -v n="$COST_N" 'BEGIN { printf "%.2f", d / n }')"
  done
  COST[rps]+=" $rps" COST[p99]+=" $p99" COST[err]+=" $err"
  printf '    run %d %s req/s p99 %s ms errors %s | %s ms of CPU per write\n' "$r" "$rps" "$p99" "$err" "${COST[total]##* }" >&2
done

writecost_report() {
  echo
  echo "#### Cost of a write, every part (concurrency 20, $COST_N registrations per run, until all four consumers applied them)"
  echo
  echo "| part | CPU ms per write | PostgreSQL commits per write |"
  echo "|---|---|---|"
  for part in "${COST_PARTS[@]}"; do
    local x=''
    [[ -n ${COST[xact.$part]:-} ]] && x=$(mmm %.2f ${COST[xact.$part]})
    echo "| $part | $(mmm %.2f ${COST[$part]}) | $x |"
  done
  echo "| **in all** | **$(mmm %.2f ${COST[total]})** | |"
  echo
  echo "Throughput of these runs $(mmm %.0f ${COST[rps]}) req/s (p99 $(mmm %.1f ${COST[p99]}) ms, errors $(mmm %d ${COST[err]}))."
  if [[ -n ${CE[cpu.app]:-} ]]; then
    echo "The ceiling's write costs $(awk -v a="$(med ${CE[cpu.app]})" -v p="$(med ${CE[cpu.pg]})" 'BEGIN { printf "%.2f", a + p }') ms of CPU (app + PostgreSQL, median):"
    echo "Rete's costs $(awk -v r="$(med ${COST[total]})" -v a="$(med ${CE[cpu.app]})" -v p="$(med ${CE[cpu.pg]})" 'BEGIN { printf "%.1f", r / (a + p) }') times as much."
  fi
}
