# Indicators at a region's scale: every indicator's p99 (JSON and CSV, whole tenant and a district) through the gateway
# with 300,000 people, 1,000,000 referrals and 100,000 placements in one tenant beside a smaller one, and the lag from
# an event published on the bus to the figure moving, idle. Sourced by bench/run; then bench/run calls indicators_report.
# IND_REQUESTS (default 200) sequential requests per figure and run; hey prints a p99 only from 100 requests on, and a
# missing p99 is reported as not measured, never as met.
IND_DB="$PG;Database=indicators"
IND_REQUESTS=${IND_REQUESTS:-200}
((IND_REQUESTS >= 100)) || say "indicators: IND_REQUESTS=$IND_REQUESTS is below 100: hey prints no p99, every verdict will be 'not measured'"
IND_ENDPOINTS=(organisations funding placements referrals projects special-categories)
IND_CUTS=("" "year=2024&district=3")
declare -A IND=()

# torino holds the region; trecate a tenth of it beside it, in the same tables; zona-ovest the lag probe's events.
say "indicators: loading a region's rows into indicators-db (COPY)"
IND_LOAD=$(bench indicators-load --db "$IND_DB" --tenant torino --people 300000 --referrals 1000000 --placements 100000)
IND_LOAD_SMALL=$(bench indicators-load --db "$IND_DB" --tenant trecate --people 30000 --referrals 100000 --placements 10000)
say "$IND_LOAD"

IND_TOKEN=$(token torino auditor)
for e in "${IND_ENDPOINTS[@]}"; do hey -n 5 -c 1 -H "Authorization: Bearer $IND_TOKEN" "$GATEWAY/api/indicators/$e" >/dev/null; done
for ((r = 1; r <= RUNS; r++)); do
  say "indicators: reads, run $r of $RUNS"
  for e in "${IND_ENDPOINTS[@]}"; do
    for c in "${!IND_CUTS[@]}"; do
      for f in json csv; do
        q="format=$f"; [[ -n ${IND_CUTS[$c]} ]] && q="${IND_CUTS[$c]}&$q"
        read -r rps p50 p99 err < <(hey_run -n "$IND_REQUESTS" -c 1 -H "Authorization: Bearer $IND_TOKEN" "$GATEWAY/api/indicators/$e?$q")
        IND[$e.$c.$f.p50]+=" $p50" IND[$e.$c.$f.p99]+=" $p99" IND[$e.$c.$f.err]+=" $err"
      done
    done
  done
  say "indicators: event-to-figure lag, run $r of $RUNS"
  line=$(bench indicators-lag --amqp "$AMQP" --gateway "$GATEWAY" --token "$(token zona-ovest auditor)" --tenant zona-ovest --year $((2030 + r)) --count 50)
  IND[lag.p50]+=" $(field p50 "$line")" IND[lag.p99]+=" $(field p99 "$line")" IND[lag.max]+=" $(field max "$line")"
  IND[lag.missing]+=" $(field missing "$line")"
done
IND_LOAD_AVG=$(cut -d' ' -f1-3 /proc/loadavg)

indicators_report() {
  echo
  echo "### Indicators at a region's scale"
  echo
  echo "Loaded: \`$IND_LOAD\`; beside it \`$IND_LOAD_SMALL\`. Load average after the reads: $IND_LOAD_AVG."
  echo
  echo "#### Every indicator through the gateway ($IND_REQUESTS sequential requests per figure and run, tenant torino; ms)"
  echo
  echo "| endpoint | cut | format | p50 | p99 | errors | p99 < 200 ms |"
  echo "|---|---|---|---|---|---|---|"
  local e c f worst=0 p
  for e in "${IND_ENDPOINTS[@]}"; do
    for c in "${!IND_CUTS[@]}"; do
      for f in json csv; do
        p=$(med ${IND[$e.$c.$f.p99]})
        if [[ $p == - || $worst == - ]]; then worst=-; elif awk -v a="$p" -v b="$worst" 'BEGIN { exit !(a > b) }'; then worst=$p; fi
        echo "| /api/indicators/$e | ${IND_CUTS[$c]:-whole tenant, every day} | $f | $(mmm %.1f ${IND[$e.$c.$f.p50]}) | $(mmm %.1f ${IND[$e.$c.$f.p99]}) | $(errsum ${IND[$e.$c.$f.err]}) | $(verdict "$p" 200) |"
      done
    done
  done
  echo
  echo "Worst median p99: $worst ms (\"-\": some p99 not measured). Budget p99 < 200 ms for every indicator: $(verdict "$worst" 200)."
  echo
  echo "#### Event published → figure moved, idle (50 placements started one at a time, 100 ms apart; ms)"
  echo
  echo "| p50 | p99 | max | missing |"
  echo "|---|---|---|---|"
  echo "| $(mmm %.1f ${IND[lag.p50]}) | $(mmm %.1f ${IND[lag.p99]}) | $(mmm %.0f ${IND[lag.max]}) | $(errsum ${IND[lag.missing]}) |"
  echo
  echo "Budget: a figure moves within a second of its event: $(verdict "$(med ${IND[lag.p99]})" 1000)."
}
