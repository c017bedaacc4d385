# The ceiling (issue 13): what this machine does for one write with nothing of Rete around it, bench/Rete.Ceiling
# (one row inserted with Npgsql: no EF, outbox, row-level security, authentication or telemetry) on the instance's
# PostgreSQL, database "ceiling". Sourced by bench/run before registry.sh, which calls ceiling_level right after
# each of its own throughput levels, so both see the same machine; ceiling_report prints the ratios.
CEILING_DLL=$ROOT/bench/Rete.Ceiling/bin/$RETE_CONFIGURATION/$RETE_TARGET_FRAMEWORK/Rete.Ceiling.dll
CEILING=http://127.0.0.1:$((RETE_BASE_PORT[ceiling] + OFF))
[[ -f $CEILING_DLL ]] || { say "building bench/Rete.Ceiling"; dotnet build "$ROOT/bench/Rete.Ceiling" -c "$RETE_CONFIGURATION" -nologo -v:q >&2; }
PGPASSWORD=$RETE_DEV_PASSWORD psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
  -c 'DROP DATABASE IF EXISTS ceiling' -c 'CREATE DATABASE ceiling' >&2
ceiling_start() {
  # RETE_INSTANCE: ./rete down stops it with the rest of the instance, whatever happens to this script.
  (exec setsid env RETE_INSTANCE="$RETE_HOME" dotnet "$CEILING_DLL" --urls "$CEILING" --db "$PG;Database=ceiling" \
    >>"$WORK/ceiling.log" 2>&1 </dev/null) &
  until [[ $(curl -s -o /dev/null -m 1 -w '%{http_code}' "$CEILING/health") == 200 ]]; do sleep 0.05; done
  hey -n 500 -c 5 -m POST -T application/json -D "$BODY" "$CEILING/rows" >/dev/null # JIT and the pool
}
ceiling_pid() { pgrep -f "Rete.Ceiling.dll --urls $CEILING" | head -n 1 || true; }
# Before ./rete down, which signals only the AppHost and would wait a minute before killing this one.
ceiling_stop() { local p; p=$(ceiling_pid); [[ -z $p ]] || { kill -TERM "$p"; while kill -0 "$p" 2>/dev/null; do sleep 0.05; done; }; }

declare -A CE=()
# Filled by registry.sh when it runs; without it the report shows the ceiling alone.
declare -A TP=() CPU=() OV=()
ceiling_level() { # concurrency requests
  local rps p50 p99 err t0 pg0 hz
  [[ -n $(ceiling_pid) ]] || ceiling_start # registry.sh restarts the instance (./rete down stops this too)
  if (($1 == 20)); then t0=$(proc_ticks "$(ceiling_pid)"); pg0=$(part_ticks postgres); fi
  read -r rps p50 p99 err < <(hey_run -n "$2" -c "$1" -m POST -T application/json -D "$BODY" "$CEILING/rows")
  CE[$1.rps]+=" $rps" CE[$1.p50]+=" $p50" CE[$1.p99]+=" $p99" CE[$1.err]+=" $err"
  if (($1 == 20)); then
    hz=$(getconf CLK_TCK)
    CE[cpu.app]+=" $(awk -v d="$(($(proc_ticks "$(ceiling_pid)") - t0))" -v hz="$hz" -v n="$2" 'BEGIN { printf "%.2f", d * 1000 / hz / n }')"
    CE[cpu.pg]+=" $(awk -v d="$(($(part_ticks postgres) - pg0))" -v hz="$hz" -v n="$2" 'BEGIN { printf "%.2f", d * 1000 / hz / n }')"
  fi
  printf '    ceiling   c=%-3d %6s req/s p50 %6s ms p99 %7s ms errors %s\n' "$1" "$rps" "$p50" "$p99" "$err" >&2
}

LEVELS=(1 5 10 20 50)
ceiling_start
if [[ " ${AVAILABLE[*]} " == *" registry "* ]]; then
  say "the ceiling answers on $CEILING (pid $(ceiling_pid)); it runs after each write level of the registry section"
else
  say "the ceiling alone, concurrency ${LEVELS[*]} ($RUNS runs)"
  for ((r = 1; r <= RUNS; r++)); do for c in "${LEVELS[@]}"; do n=4000; ((c == 1)) && n=1000; ceiling_level "$c" "$n"; done; done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == "" || b == "") print "-"; else printf "%.2f", a / b }'; }
# Per run, the ratio of two lists of figures taken in the same order: "a1 a2 ..." over "b1 b2 ...".
ratios() { # list-a list-b
  local -a a b
  read -r -a a <<<"$1"; read -r -a b <<<"$2"
  local i out=''
  for ((i = 0; i < ${#a[@]} && i < ${#b[@]}; i++)); do out+=" $(ratio "${a[i]}" "${b[i]}")"; done
  echo "$out"
}

ceiling_report() {
  echo
  echo "#### Against the machine's ceiling (the same run, the same PostgreSQL, the same hey)"
  echo
  echo "Ceiling: \`bench/Rete.Ceiling\`, an ASP.NET Core endpoint inserting the same JSON as one row with Npgsql (no EF, outbox,"
  echo "row-level security, authentication or telemetry), posted to directly; Rete: POST organisation through the gateway."
  echo "Each Rete level is followed at once by the same level on the ceiling."
  echo
  if [[ -n ${TP[20.rps]:-} ]]; then
    echo "| concurrency | Rete ÷ ceiling, req/s | Rete req/s | ceiling req/s | Rete p99 ms | ceiling p99 ms | Rete ÷ ceiling, p99 |"
    echo "|---|---|---|---|---|---|---|"
    local c
    for c in "${LEVELS[@]}"; do
      echo "| $c | **$(mmm %.2f $(ratios "${TP[$c.rps]}" "${CE[$c.rps]}"))** | $(mmm %.0f ${TP[$c.rps]}) | $(mmm %.0f ${CE[$c.rps]}) | $(mmm %.1f ${TP[$c.p99]}) | $(mmm %.1f ${CE[$c.p99]}) | $(mmm %.2f $(ratios "${TP[$c.p99]}" "${CE[$c.p99]}")) |"
    done
    local ce_total='' i
    local -a app pg
    read -r -a app <<<"${CE[cpu.app]}"; read -r -a pg <<<"${CE[cpu.pg]}"
    for ((i = 0; i < ${#app[@]}; i++)); do ce_total+=" $(awk -v a="${app[i]}" -v b="${pg[i]}" 'BEGIN { printf "%.2f", a + b }')"; done
    echo
    echo "CPU per write at concurrency 20: Rete $(mmm %.2f ${CPU[rete]}) ms (every part, event consumed), ceiling$(mmm %.2f $ce_total) ms"
    echo "(endpoint $(mmm %.2f ${CE[cpu.app]}), PostgreSQL $(mmm %.2f ${CE[cpu.pg]})): Rete ÷ ceiling **$(mmm %.2f $(ratios "${CPU[rete]}" "$ce_total"))**."
    echo
    echo "Reads, gateway ÷ direct (GET organisation, one client): p50 **$(mmm %.2f ${OV[read.ratio50]})**, p99 $(mmm %.2f ${OV[read.ratio99]});"
    echo "the same for the one-client POST: p50 $(mmm %.2f ${OV[write.ratio50]}), p99 $(mmm %.2f ${OV[write.ratio99]})."
  else
    echo "| concurrency | ceiling req/s | p50 ms | p99 ms | errors |"
    echo "|---|---|---|---|---|"
    for c in "${LEVELS[@]}"; do
      echo "| $c | $(mmm %.0f ${CE[$c.rps]}) | $(mmm %.1f ${CE[$c.p50]}) | $(mmm %.1f ${CE[$c.p99]}) | $(errsum ${CE[$c.err]}) |"
    done
  fi
}
