# Registry and Grants: gateway overhead, write throughput with event lag, CPU per write, footprint, growth, candidates.
# Sourced by bench/run: measures at the top level, then bench/run calls registry_report.
GRANTS_PRESENT=0
[[ -f $ROOT/${RETE_PROJECT[grants]} ]] && GRANTS_PRESENT=1
COMPONENTS=(registry gateway)
((GRANTS_PRESENT)) && COMPONENTS=(registry grants gateway)

# Start time: from the process's creation (/proc/PID/stat) to its first 200 on /health, polled every 20 ms.
# Alone: the service's build output started by the bench with the command line, directory and environment the
# AppHost gave it (read from /proc before its own process is stopped). Under the AppHost: the instance stopped and
# started again (./rete up, no build, no seed; the launcher has no per-resource restart), every part polled at once.
declare -A START=() START_ALONE=() START_PROD=() RSS_IDLE=() RSS_ALONE=() RSS_LOAD=()
healthy_after_ms() { # name: waits for its first 200 on /health, prints ms since its process began
  local url pid
  url=$(url_of "$1")
  until pid=$(pid_of "$1") && [[ -n $pid ]] && [[ $(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url/health") == 200 ]]; do sleep 0.02; done
  ms_since_start "$pid"
}
stop_pid() { kill -TERM "$1" 2>/dev/null; while kill -0 "$1" 2>/dev/null; do sleep 0.05; done; }
measure_alone() { # name
  local pid cwd r alone
  local -a envv cmd
  pid=$(pid_of "$1")
  mapfile -d '' -t envv <"/proc/$pid/environ"
  mapfile -d '' -t cmd <"/proc/$pid/cmdline"
  cwd=$(readlink "/proc/$pid/cwd")
  stop_pid "$pid"
  for ((r = 1; r <= RUNS; r++)); do
    (cd "$cwd" && exec setsid env -i "${envv[@]}" "${cmd[@]}" >>"$WORK/$1.alone.log" 2>&1 </dev/null) &
    START_ALONE[$1]+=" $(healthy_after_ms "$1")"
    if ((r == RUNS)); then sleep 5; RSS_ALONE[$1]=$(rss_mb "$1"); fi
    stop_pid "$(pid_of "$1")"
    # As in production: the migrations were applied before the start (here by the runs above; --migrate-only
    # in a deployment), so the service does not check them at start.
    (cd "$cwd" && exec setsid env -i "${envv[@]}" Database__MigrateOnStart=false "${cmd[@]}" >>"$WORK/$1.alone.log" 2>&1 </dev/null) &
    START_PROD[$1]+=" $(healthy_after_ms "$1")"
    stop_pid "$(pid_of "$1")"
  done
}
measure_starts() {
  local name
  if declare -F ceiling_stop >/dev/null; then ceiling_stop; fi
  rete down >"$WORK/restart.log" 2>&1
  RETE_SKIP_BUILD=1 RETE_SKIP_SEED=1 rete up >>"$WORK/restart.log" 2>&1 &
  local up=$!
  for name in "${COMPONENTS[@]}"; do healthy_after_ms "$name" >"$WORK/start.$name" & done
  wait "$up" || { tail -n 20 "$WORK/restart.log" >&2; exit 1; }
  wait
  for name in "${COMPONENTS[@]}"; do START[$name]+=" $(cat "$WORK/start.$name")"; done
}

say "start times alone ($RUNS runs each)"
for name in "${COMPONENTS[@]}"; do measure_alone "$name"; done
say "start times under the AppHost ($RUNS restarts of the instance)"
for ((r = 1; r <= RUNS; r++)); do measure_starts; done
sleep 5
for name in "${COMPONENTS[@]}"; do RSS_IDLE[$name]=$(rss_mb "$name"); done
START_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

# ----- gateway overhead -----------------------------------------------------------------------------
say "gateway overhead ($RUNS runs)"
TOKEN=$(token bench-overhead)
AUTH="Authorization: Bearer $TOKEN"
ORG_ID=$(curl -s -X POST -H "$AUTH" -H 'content-type: application/json' --data @"$BODY" "$GATEWAY$ORGS" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[[ -n $ORG_ID ]] || { say "could not register an organisation"; exit 1; }
# Warm-up: JIT, connection pools, the proxy's connections.
for target in "$REGISTRY" "$GATEWAY"; do
  hey -n 500 -c 1 -H "$AUTH" "$target$ORGS/$ORG_ID" >/dev/null
  hey -n 300 -c 1 -m POST -T application/json -D "$BODY" -H "$AUTH" "$target$ORGS" >/dev/null
done
declare -A OV=()
for ((r = 1; r <= RUNS; r++)); do
  for op in read write; do
    for via in direct gateway; do
      target=$REGISTRY; [[ $via == gateway ]] && target=$GATEWAY
      if [[ $op == read ]]; then
        read -r rps p50 p99 err < <(hey_run -n 2000 -c 1 -H "$AUTH" "$target$ORGS/$ORG_ID")
      else
        read -r rps p50 p99 err < <(hey_run -n 1000 -c 1 -m POST -T application/json -D "$BODY" -H "$AUTH" "$target$ORGS")
      fi
      OV[$op.$via.p50]+=" $p50" OV[$op.$via.p99]+=" $p99" OV[$op.$via.err]+=" $err"
    done
    OV[$op.diff50]+=" $(awk -v g="${OV[$op.gateway.p50]##* }" -v d="${OV[$op.direct.p50]##* }" 'BEGIN { printf "%.2f", g - d }')"
    OV[$op.ratio50]+=" $(awk -v g="${OV[$op.gateway.p50]##* }" -v d="${OV[$op.direct.p50]##* }" 'BEGIN { printf "%.2f", g / d }')"
    OV[$op.ratio99]+=" $(awk -v g="${OV[$op.gateway.p99]##* }" -v d="${OV[$op.direct.p99]##* }" 'BEGIN { printf "%.2f", g / d }')"
    OV[$op.diff99]+=" $(awk -v g="${OV[$op.gateway.p99]##* }" -v d="${OV[$op.direct.p99]##* }" 'BEGIN { printf "%.2f", g - d }')"
  done
done

# ----- write throughput, with event lag under that load ----------------------------------------------
LEVELS=(1 5 10 20 50)
declare -A TP=() CPU=()
# Every service that consumes the registration counts: its event is applied by four of them.
CPU_PARTS=(gateway registry grants placements referrals indicators postgres messaging)
lag_listener_start() { # tenant expected-count
  bench lag --amqp "$AMQP" --tenant-prefix "$1" --listen-seconds 90 --expect "$2" >"$WORK/lag.out" 2>"$WORK/lag.err" &
  LISTENER=$!
  until grep -q listening "$WORK/lag.err" 2>/dev/null; do
    kill -0 "$LISTENER" 2>/dev/null || { cat "$WORK/lag.err" >&2; exit 1; }
    sleep 0.1
  done
}
LAG_SINCE=()
say "write throughput through the gateway, concurrency ${LEVELS[*]} ($RUNS runs)"
for ((r = 1; r <= RUNS; r++)); do
  for c in "${LEVELS[@]}"; do
    n=4000; ((c == 1)) && n=1000
    tenant=bench-r$r-c$c-w
    auth="Authorization: Bearer $(token "$tenant")"
    since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    ((GRANTS_PRESENT)) || lag_listener_start "$tenant" "$n"
    if ((c == 20)); then
      declare -A T0=()
      for part in "${CPU_PARTS[@]}"; do T0[$part]=$(part_ticks "$part"); done
      T0[machine]=$(machine_ticks)
    fi
    read -r rps p50 p99 err < <(hey_run -n "$n" -c "$c" -m POST -T application/json -D "$BODY" -H "$auth" "$GATEWAY$ORGS")
    TP[$c.rps]+=" $rps" TP[$c.p50]+=" $p50" TP[$c.p99]+=" $p99" TP[$c.err]+=" $err" TP[$c.n]+=" $n"
    if ((GRANTS_PRESENT)); then
      line=$(bench lag-db --registry-db "$REGISTRY_DB" --grants-db "$GRANTS_DB" --tenant-prefix "$tenant" --since "$since" || true)
    else
      wait "$LISTENER" || true
      LISTENER=''
      line=$(cat "$WORK/lag.out")
    fi
    if ((c == 20)); then
      # Read after the lag step, which waits until this level's events are dispatched and consumed.
      hz=$(getconf CLK_TCK)
      ours=0
      for part in "${CPU_PARTS[@]}"; do
        d=$(($(part_ticks "$part") - T0[$part]))
        ours=$((ours + d))
        CPU[$part]+=" $(ms_per "$d" "$n")"
      done
      CPU[hey]+=" $(awk -v s="$(cat "$WORK/hey.cpu")" -v n="$n" 'BEGIN { printf "%.2f", s * 1000 / n }')"
      CPU[rete]+=" $(ms_per "$ours" "$n")"
      CPU[other]+=" $(awk -v m="$(($(machine_ticks) - T0[machine]))" -v o="$ours" -v h="$(cat "$WORK/hey.cpu")" -v hz="$hz" -v n="$n" \
        'BEGIN { v = ((m - o) / hz - h) * 1000 / n; printf "%.2f", v < 0 ? 0 : v }')"
    fi
    TP[$c.lag50]+=" $(field p50 "$line")" TP[$c.lag99]+=" $(field p99 "$line")" TP[$c.lagmax]+=" $(field max "$line")"
    TP[$c.lagmissing]+=" $(field missing "$line")"
    printf '    run %d c=%-3d %6s req/s p50 %6s ms p99 %7s ms errors %s | lag %s\n' "$r" "$c" "$rps" "$p50" "$p99" "$err" "$line" >&2
    if declare -F ceiling_level >/dev/null; then ceiling_level "$c" "$n"; fi
  done
done
for name in "${COMPONENTS[@]}"; do RSS_LOAD[$name]=$(rss_mb "$name"); done

# ----- event lag, idle -------------------------------------------------------------------------------
say "event lag, idle ($RUNS runs of 200 registrations, 20 ms apart)"
declare -A LAG=()
for ((r = 1; r <= RUNS; r++)); do
  tenant=bench-lag$r-i
  if ((GRANTS_PRESENT)); then
    since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    bench lag --amqp "$AMQP" --gateway "$GATEWAY" --token "$(token "$tenant")" --tenant-prefix "$tenant" --count 200 --interval-ms 20 >/dev/null || true
    line=$(bench lag-db --registry-db "$REGISTRY_DB" --grants-db "$GRANTS_DB" --tenant-prefix "$tenant" --since "$since" || true)
  else
    line=$(bench lag --amqp "$AMQP" --gateway "$GATEWAY" --token "$(token "$tenant")" --tenant-prefix "$tenant" --count 200 --interval-ms 20 || true)
  fi
  LAG[p50]+=" $(field p50 "$line")" LAG[p99]+=" $(field p99 "$line")" LAG[max]+=" $(field max "$line")" LAG[missing]+=" $(field missing "$line")"
  printf '    run %d %s\n' "$r" "$line" >&2
done

# ----- growth ----------------------------------------------------------------------------------------
say "growth: 1,000 organisations through the API, 10,000 and 100,000 with COPY"
bench seed-api --gateway "$GATEWAY" --token "$(token bench-g1k)" --count 1000 --concurrency 8 >&2
bench seed-copy --db "$REGISTRY_DB" --tenant bench-g10k --count 10000 >&2
bench seed-copy --db "$REGISTRY_DB" --tenant bench-g100k --count 100000 >&2
TOTAL_ROWS=$(PGPASSWORD=$RETE_DEV_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d registry -tAc 'select count(*) from organisations')
TENANTS=$(PGPASSWORD=$RETE_DEV_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d registry -tAc 'select count(distinct tenant_id) from organisations')
declare -A GR=()
SIZES=(1k 10k 100k)
declare -A SIZE_COUNT=([1k]=1000 [10k]=10000 [100k]=100000)
QUERIES=(list deep search miss filter)
declare -A QUERY_LABEL=(
  [list]='`?limit=50`'
  [deep]='`?limit=50&cursor=` at 90 %'
  [search]='`?q=girasole&limit=50`'
  [miss]='`?q=lavanderia&limit=50` (no match)'
  [filter]='`?kind=socialCooperative&area=placements&limit=50`'
)
for size in "${SIZES[@]}"; do
  tenant=bench-g$size
  auth="Authorization: Bearer $(token "$tenant")"
  cursor=$(bench cursor --db "$REGISTRY_DB" --tenant "$tenant" --offset $((SIZE_COUNT[$size] * 9 / 10)))
  declare -A URL=(
    [list]="$GATEWAY$ORGS?limit=50"
    [deep]="$GATEWAY$ORGS?limit=50&cursor=$cursor"
    [search]="$GATEWAY$ORGS?q=girasole&limit=50"
    [miss]="$GATEWAY$ORGS?q=lavanderia&limit=50"
    [filter]="$GATEWAY$ORGS?kind=socialCooperative&area=placements&limit=50"
  )
  for q in "${QUERIES[@]}"; do hey -n 20 -c 1 -H "$auth" "${URL[$q]}" >/dev/null; done
  for ((r = 1; r <= RUNS; r++)); do
    for q in "${QUERIES[@]}"; do
      read -r rps p50 p99 err < <(hey_run -n 200 -c 1 -H "$auth" "${URL[$q]}")
      GR[$size.$q.p50]+=" $p50" GR[$size.$q.p99]+=" $p99" GR[$size.$q.err]+=" $err"
    done
  done
  printf '    %s: list p50 %s, deep %s, search %s, no match %s (p99 %s), filter %s ms\n' "$size" "$(med ${GR[$size.list.p50]})" \
    "$(med ${GR[$size.deep.p50]})" "$(med ${GR[$size.search.p50]})" "$(med ${GR[$size.miss.p50]})" "$(med ${GR[$size.miss.p99]})" \
    "$(med ${GR[$size.filter.p50]})" >&2
done

# ----- candidates: the tenant interceptor's round trip, telemetry without an exporter ------------------
say "the tenant interceptor's extra round trip (pgbench, 1 client, 5 s each)"
PGBENCH=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1)
pgbench_ms() { # sql
  printf '%s\n' "$1" >"$WORK/pgbench.sql"
  PGPASSWORD=$RETE_DEV_PASSWORD "$PGBENCH" -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 1 -T 5 -f "$WORK/pgbench.sql" registry 2>/dev/null |
    awk '/latency average/ { print $4 }'
}
declare -A RT=()
for ((r = 1; r <= RUNS; r++)); do
  RT[select1]+=" $(pgbench_ms 'SELECT 1;')"
  RT[setconfig]+=" $(pgbench_ms "SELECT set_config('role', 'rete_app', false), set_config('rete.tenant_id', 'bench', false);")"
done

say "telemetry: the same writes and reads with OTEL_SDK_DISABLED=true ($RUNS runs)"
declare -A OT=()
otel_measure() { # label
  local r rps p50 p99 err tenant
  for ((r = 1; r <= RUNS; r++)); do
    tenant=bench-otel-$1-$r-w
    read -r rps p50 p99 err < <(hey_run -n 4000 -c 20 -m POST -T application/json -D "$BODY" -H "Authorization: Bearer $(token "$tenant")" "$GATEWAY$ORGS")
    OT[$1.rps]+=" $rps" OT[$1.p99]+=" $p99"
    read -r rps p50 p99 err < <(hey_run -n 2000 -c 1 -H "$AUTH" "$REGISTRY$ORGS/$ORG_ID")
    OT[$1.get50]+=" $p50"
  done
}
restart_components() { # environment assignments...: the AppHost's processes inherit its environment
  if declare -F ceiling_stop >/dev/null; then ceiling_stop; fi
  rete down >"$WORK/restart.log" 2>&1
  env "$@" RETE_SKIP_BUILD=1 RETE_SKIP_SEED=1 "$ROOT/rete" up >>"$WORK/restart.log" 2>&1
  hey -n 300 -c 1 -H "$AUTH" "$REGISTRY$ORGS/$ORG_ID" >/dev/null
  hey -n 300 -c 5 -m POST -T application/json -D "$BODY" -H "$AUTH" "$GATEWAY$ORGS" >/dev/null
}
restart_components OTEL_SDK_DISABLED=false
otel_measure on
restart_components OTEL_SDK_DISABLED=true
otel_measure off
restart_components OTEL_SDK_DISABLED=false

registry_report() {
  if ((GRANTS_PRESENT)); then
    echo "Event lag: Registry commit (the event's \`occurred_at\` in registry-db's outbox, taken just before the insert) to Grants' consumer"
    echo "writing its inbox row in the transaction of its read-model change (\`inbox_messages.processed_at\` in grants-db; both databases, one clock)."
  else
    echo "Event lag: Registry commit (organisation \`created_at\` = event \`OccurredAt\`) to receipt by a subscriber queue on the bus (Grants not present at this commit)."
  fi
  echo
  echo "#### Gateway overhead (one client, sequential requests; ms)"
  echo
  echo "| operation | direct p50 | gateway p50 | gateway − direct p50 | gateway ÷ direct p50 | direct p99 | gateway p99 | gateway − direct p99 | errors |"
  echo "|---|---|---|---|---|---|---|---|---|"
  local op
  for op in read write; do
    local label='GET organisation (2,000 requests)'
    [[ $op == write ]] && label='POST organisation (1,000 requests)'
    echo "| $label | $(mmm %.2f ${OV[$op.direct.p50]}) | $(mmm %.2f ${OV[$op.gateway.p50]}) | $(mmm %.2f ${OV[$op.diff50]}) | $(mmm %.2f ${OV[$op.ratio50]}) | $(mmm %.2f ${OV[$op.direct.p99]}) | $(mmm %.2f ${OV[$op.gateway.p99]}) | $(mmm %.2f ${OV[$op.diff99]}) | $(errsum ${OV[$op.direct.err]} ${OV[$op.gateway.err]}) |"
  done
  echo
  echo "Budget: the gateway adds < 1 ms at p50 — read $(verdict "$(med ${OV[read.diff50]})" 1), write $(verdict "$(med ${OV[write.diff50]})" 1) (medians)."
  echo
  echo "#### Write throughput through the gateway (POST organisation, one tenant per level and run)"
  echo
  echo "| concurrency | requests | req/s | p50 ms | p99 ms | errors | event lag p50 ms | event lag p99 ms | event lag max ms | events missing |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  local c best=0 best_c=0
  for c in "${LEVELS[@]}"; do
    echo "| $c | $(errsum ${TP[$c.n]}) | $(mmm %.0f ${TP[$c.rps]}) | $(mmm %.1f ${TP[$c.p50]}) | $(mmm %.1f ${TP[$c.p99]}) | $(errsum ${TP[$c.err]}) | $(mmm %.1f ${TP[$c.lag50]}) | $(mmm %.1f ${TP[$c.lag99]}) | $(mmm %.0f ${TP[$c.lagmax]}) | $(errsum ${TP[$c.lagmissing]}) |"
    local m
    m=$(med ${TP[$c.rps]})
    if awk -v a="$m" -v b="$best" 'BEGIN { exit !(a > b) }'; then best=$m best_c=$c; fi
  done
  echo
  echo "Peak median throughput $best req/s at concurrency $best_c (p99 $(med ${TP[$best_c.p99]}) ms). Budget ≥ 1,000 req/s with p99 < 100 ms:"
  echo "$(if awk -v a="$best" 'BEGIN { exit !(a >= 1000) }' && awk -v p="$(med ${TP[$best_c.p99]})" 'BEGIN { exit !(p < 100) }'; then echo met; else echo '**missed**'; fi)."
  echo "Event lag budget p99 < 250 ms at that load: $(verdict "$(med ${TP[$best_c.lag99]})" 250) (median p99 $(med ${TP[$best_c.lag99]}) ms)."
  echo
  echo "#### CPU per write (concurrency 20; ms of CPU per request, from /proc, including the event's dispatch and consumption)"
  echo
  echo "| part | CPU ms per write |"
  echo "|---|---|"
  local part
  for part in "${CPU_PARTS[@]}"; do echo "| $part | $(mmm %.2f ${CPU[$part]}) |"; done
  echo "| **Rete in total** | **$(mmm %.2f ${CPU[rete]})** |"
  echo "| hey (the load generator) | $(mmm %.2f ${CPU[hey]}) |"
  echo "| every other process on the machine (lag probe, builds, other test runs) | $(mmm %.2f ${CPU[other]}) |"
  echo
  echo "With $(nproc) cores ($(nproc)000 ms of CPU per second) and nothing else running, Rete's own cost caps writes near"
  echo "$(awk -v c="$(med ${CPU[rete]})" -v n="$(nproc)" 'BEGIN { printf "%.0f", n * 1000 / c }') per second (median)."
  echo
  echo "#### Event lag, idle (200 registrations one at a time, 20 ms apart; ms)"
  echo
  echo "| p50 | p99 | max | missing |"
  echo "|---|---|---|---|"
  echo "| $(mmm %.1f ${LAG[p50]}) | $(mmm %.1f ${LAG[p99]}) | $(mmm %.0f ${LAG[max]}) | $(errsum ${LAG[missing]}) |"
  echo
  echo "#### Footprint"
  echo
  echo "| process | start to healthy under the AppHost, ms | alone, ms | alone, migrations applied before, ms | RSS idle under the AppHost, MB | alone, MB | RSS after the load, MB |"
  echo "|---|---|---|---|---|---|---|"
  local name
  for name in "${COMPONENTS[@]}"; do
    echo "| $name | $(mmm %.0f ${START[$name]}) | $(mmm %.0f ${START_ALONE[$name]}) | $(mmm %.0f ${START_PROD[$name]}) | ${RSS_IDLE[$name]} | ${RSS_ALONE[$name]} | ${RSS_LOAD[$name]} |"
  done
  echo
  echo "Start is measured from the process's creation (/proc) to its first 200 on /health (polled every 20 ms), migrations"
  echo "and broker connection included; under the AppHost the whole instance was restarted ($RUNS times), alone the"
  echo "service's build output ran with the AppHost's environment. RSS 5 s after the start. Load average after these"
  echo "starts: $START_LOAD. Budgets (issue 13): start < 1.5 s, idle < 120 MB."
  echo
  echo "#### Candidates"
  echo
  echo "| what | figure |"
  echo "|---|---|"
  echo "| PostgreSQL round trip of \`SELECT 1\` (pgbench, 1 client; ms) | $(mmm %.3f ${RT[select1]}) |"
  echo "| round trip of the tenant interceptor's \`set_config\` statement, once per connection a request opens (ms) | $(mmm %.3f ${RT[setconfig]}) |"
  echo "| POST through the gateway, c=20, telemetry on: req/s | $(mmm %.0f ${OT[on.rps]}) (p99 $(mmm %.1f ${OT[on.p99]}) ms) |"
  echo "| the same with \`OTEL_SDK_DISABLED=true\` on every process: req/s | $(mmm %.0f ${OT[off.rps]}) (p99 $(mmm %.1f ${OT[off.p99]}) ms) |"
  echo "| GET organisation direct, c=1, p50 ms: telemetry on / off | $(mmm %.2f ${OT[on.get50]}) / $(mmm %.2f ${OT[off.get50]}) |"
  echo
  echo "#### Growth: reading a tenant of 1,000 / 10,000 / 100,000 organisations ($TOTAL_ROWS rows of $TENANTS tenants in the table; 200 sequential requests per figure, through the gateway; ms)"
  echo
  echo "| query | size | p50 | p99 | errors |"
  echo "|---|---|---|---|---|"
  local q size
  for q in "${QUERIES[@]}"; do
    for size in "${SIZES[@]}"; do
      echo "| ${QUERY_LABEL[$q]} | ${SIZE_COUNT[$size]} | $(mmm %.1f ${GR[$size.$q.p50]}) | $(mmm %.1f ${GR[$size.$q.p99]}) | $(errsum ${GR[$size.$q.err]}) |"
    done
  done
  echo
  echo "1,000 organisations registered through the API (8 at a time); 10,000 and 100,000 loaded with COPY into registry-db"
  echo "(UUID v7 ids and created times spread over three years, Italian names by kind, 10 municipalities, 1–3 areas), then ANALYZE."
}
