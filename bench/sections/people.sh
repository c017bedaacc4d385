# Referrals and Placements at a region's scale: queues, person search and pathway over 300,000 people and 1,000,000
# referrals; placement listing, due follow-ups and the stipend CSV over 100,000 placements; the funding saga's time,
# idle and under load. Sourced by bench/run: measures at the top level, then bench/run calls people_report.
#
# Works only from what bench/run defines for every section (ROOT, WORK, GATEWAY, PG_PORT, RUNS, BENCH_DLL), with
# fallbacks where the launcher's variables are not there, and uses no pid lookup.
PPL_PG="Host=127.0.0.1;Port=$PG_PORT;Username=${RETE_PG_SUPERUSER:-postgres};Password=$RETE_DEV_PASSWORD"
REFERRALS_DB="$PPL_PG;Database=${RETE_SERVICE_DB_NAME[referrals]:-referrals}"
PLACEMENTS_DB="$PPL_PG;Database=${RETE_SERVICE_DB_NAME[placements]:-placements}"
PPL_BIG=torino             # the region
PPL_OTHERS=(trecate zona-ovest)
PPL_N=${PPL_REQUESTS:-500} # sequential requests per figure
declare -A PPL=() PPL_URL=() PPL_BODY=() PPL_LOAD=()

ppl_psql() { PGPASSWORD=$RETE_DEV_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U "${RETE_PG_SUPERUSER:-postgres}" -d "$1" -tAc "$2"; }
ppl_token() { rete token --tenant "$1" --role "$2" "${@:3}"; }

# ----- data -------------------------------------------------------------------------------------------
say "people: loading $PPL_BIG (300,000 people, 1,000,000 referrals, 100,000 placements) and ${PPL_OTHERS[*]} beside it"
SETTINGS=$ROOT/services/Referrals/appsettings.Development.json
for t in "${PPL_OTHERS[@]}"; do
  bench referrals-copy --db "$REFERRALS_DB" --tenant "$t" --people 30000 --referrals 100000 --settings "$SETTINGS" >"$WORK/people-$t.out"
  bench placements-copy --db "$PLACEMENTS_DB" --tenant "$t" --count 10000 --hosts 60 >"$WORK/placements-$t.out"
done
REF_OUT=$(bench referrals-copy --db "$REFERRALS_DB" --tenant "$PPL_BIG" --people 300000 --referrals 1000000 --settings "$SETTINGS")
PLA_OUT=$(bench placements-copy --db "$PLACEMENTS_DB" --tenant "$PPL_BIG" --count 100000)
PPL_LOAD[referrals]=$(field seconds "$REF_OUT")
PPL_LOAD[placements]=$(field seconds "$PLA_OUT")
PPL_LOAD[placement_states]=$(tr ' ' '\n' <<<"$PLA_OUT" | grep -E '^(proposed|funded|active|completed|interrupted|cancelled)=' | paste -sd ' ')
PPL_LOAD[months]=$(field months "$PLA_OUT")
PPL_LOAD[follow_ups]=$(field follow_ups "$PLA_OUT")
PPL_LOAD[people_rows]=$(ppl_psql referrals 'select count(*) from people')
PPL_LOAD[referral_rows]=$(ppl_psql referrals 'select count(*) from referrals')
PPL_LOAD[placement_rows]=$(ppl_psql placements 'select count(*) from placements')
HUB=$(field hub "$REF_OUT")
SMALL=$(field small "$REF_OUT")
PERSON=$(field person "$REF_OUT")
PATHWAY_PERSON=$(field pathway_person "$REF_OUT")
PPL_LOAD[pathway_referrals]=$(field pathway_referrals "$REF_OUT")
PPL_LOAD[hub_incoming]=$(ppl_psql referrals "select count(*) from referrals where tenant_id = '$PPL_BIG' and to_organisation_id = '$HUB'")
PPL_LOAD[hub_outgoing]=$(ppl_psql referrals "select count(*) from referrals where tenant_id = '$PPL_BIG' and from_organisation_id = '$HUB'")
PPL_LOAD[small_incoming]=$(ppl_psql referrals "select count(*) from referrals where tenant_id = '$PPL_BIG' and to_organisation_id = '$SMALL'")
LINE=$(field line "$PLA_OUT")
MONTH=$(field month "$PLA_OUT")
HOST=$(field host "$PLA_OUT")

printf '{"taxCode":"%s"}' "$(field tax_code "$REF_OUT")" >"$WORK/search-taxcode.json"
printf '{"lastName":"%s","birthDate":"%s"}' "$(field last_name "$REF_OUT")" "$(field birth_date "$REF_OUT")" >"$WORK/search-name.json"
printf '{"lastName":"%s","firstName":"%s","birthDate":"%s"}' "$(field last_name "$REF_OUT")" "$(field first_name "$REF_OUT")" \
  "$(field birth_date "$REF_OUT")" >"$WORK/search-fullname.json"

# A tax code found through the API proves the COPY used the service's own keys.
OP_HUB=$(ppl_token "$PPL_BIG" operator --org "$HUB")
FOUND=$(curl -s -X POST -H "Authorization: Bearer $OP_HUB" -H 'content-type: application/json' --data @"$WORK/search-taxcode.json" \
  "$GATEWAY/api/referrals/people/search")
PPL_LOAD[found]=no
[[ $FOUND == *"\"id\":\"$PERSON\""* ]] && PPL_LOAD[found]=yes
[[ ${PPL_LOAD[found]} == yes ]] || say "people: the search by tax code did not find the copied person: $FOUND"

R=$GATEWAY/api/referrals
P=$GATEWAY/api/placements
DEEP_IN=$(bench referrals-cursor --db "$REFERRALS_DB" --tenant "$PPL_BIG" --organisation "$HUB" --queue incoming --at 0.9)
DEEP_OUT=$(bench referrals-cursor --db "$REFERRALS_DB" --tenant "$PPL_BIG" --organisation "$HUB" --queue outgoing --at 0.9)
REF_FIGURES=(in-first in-deep in-sent out-first out-deep small-first search-taxcode search-name search-fullname pathway)
PPL_URL[in-first]="$R/referrals/incoming?limit=50"
PPL_URL[in-deep]="$R/referrals/incoming?limit=50&cursor=$DEEP_IN"
PPL_URL[in-sent]="$R/referrals/incoming?status=sent&limit=50"
PPL_URL[out-first]="$R/referrals/outgoing?limit=50"
PPL_URL[out-deep]="$R/referrals/outgoing?limit=50&cursor=$DEEP_OUT"
PPL_URL[small-first]="$R/referrals/incoming?organisationId=$SMALL&limit=50"
PPL_URL[search-taxcode]="$R/people/search"
PPL_URL[search-name]="$R/people/search"
PPL_URL[search-fullname]="$R/people/search"
PPL_URL[pathway]="$R/people/$PATHWAY_PERSON/pathway"
PPL_BODY[search-taxcode]=$WORK/search-taxcode.json
PPL_BODY[search-name]=$WORK/search-name.json
PPL_BODY[search-fullname]=$WORK/search-fullname.json
PLA_FIGURES=(list-first list-active list-host follow-due follow-overdue stipends)
PPL_URL[list-first]="$P/placements?limit=50"
PPL_URL[list-active]="$P/placements?status=active&limit=50"
PPL_URL[list-host]="$P/placements?hostOrganisationId=$HOST&limit=50"
PPL_URL[follow-due]="$P/follow-ups?status=due&limit=50"
PPL_URL[follow-overdue]="$P/follow-ups?status=overdue&limit=50"
PPL_URL[stipends]="$P/stipends?budgetLineId=$LINE&month=$MONTH"
PPL_LOAD[stipend_rows]=$(curl -s -H "Authorization: Bearer $OP_HUB" "${PPL_URL[stipends]}" | wc -l)

ppl_measure() { # figure
  local f=$1 body=()
  [[ -n ${PPL_BODY[$f]:-} ]] && body=(-m POST -T application/json -D "${PPL_BODY[$f]}")
  read -r rps p50 p99 err < <(hey_run -n "$PPL_N" -c 1 "${body[@]}" -H "Authorization: Bearer $OP_HUB" "${PPL_URL[$f]}")
  PPL[$f.p50]+=" $p50" PPL[$f.p99]+=" $p99" PPL[$f.err]+=" $err"
}

say "people: queues, search, pathway, placements ($RUNS runs of $PPL_N sequential requests per figure)"
for f in "${REF_FIGURES[@]}" "${PLA_FIGURES[@]}"; do # warm-up: JIT, pools, plans
  body=()
  [[ -n ${PPL_BODY[$f]:-} ]] && body=(-m POST -T application/json -D "${PPL_BODY[$f]}")
  hey -n 30 -c 1 "${body[@]}" -H "Authorization: Bearer $OP_HUB" "${PPL_URL[$f]}" >/dev/null
done
for ((r = 1; r <= RUNS; r++)); do
  for f in "${REF_FIGURES[@]}" "${PLA_FIGURES[@]}"; do ppl_measure "$f"; done
done

# ----- the funding saga ---------------------------------------------------------------------------------
say "people: funding saga, idle and under load ($RUNS runs)"
ADMIN=$(ppl_token "$PPL_BIG" consortium-admin)
SETUP_OUT=$(bench saga-setup --gateway "$GATEWAY" --token "$OP_HUB" --admin-token "$ADMIN" --db "$PLACEMENTS_DB" --out "$WORK/proposal.json" --lines 4)
SAGA_LINES=$(field lines "$SETUP_OUT")
# Grants decides the reservations of one line one after another (its row lock): "10x4" spreads the same load over 4 lines.
SAGA_LEVELS=(idle 10 20 10x4)
for ((r = 1; r <= RUNS; r++)); do
  for level in "${SAGA_LEVELS[@]}"; do
    if [[ $level == idle ]]; then
      out=$(bench saga --gateway "$GATEWAY" --token "$OP_HUB" --db "$PLACEMENTS_DB" --body "$WORK/proposal.json" --count 200 --concurrency 1 --interval-ms 50)
    elif [[ $level == 10x4 ]]; then
      out=$(bench saga --gateway "$GATEWAY" --token "$OP_HUB" --db "$PLACEMENTS_DB" --body "$WORK/proposal.json" --count 1000 --concurrency 10 --lines "$SAGA_LINES")
    else
      out=$(bench saga --gateway "$GATEWAY" --token "$OP_HUB" --db "$PLACEMENTS_DB" --body "$WORK/proposal.json" --count 1000 --concurrency "$level")
    fi
    for k in n p50 p99 max refused undecided failed rps post_p50 post_p99; do PPL[saga.$level.$k]+=" $(field "$k" "$out")"; done
  done
done
PPL_LOAD[placement_rows_after]=$(ppl_psql placements 'select count(*) from placements')

# ----- report -----------------------------------------------------------------------------------------------
people_row() { # figure label
  echo "| $2 | $(mmm %.1f ${PPL[$1.p50]}) | $(mmm %.1f ${PPL[$1.p99]}) | $(errsum ${PPL[$1.err]}) | $(verdict "$(med ${PPL[$1.p99]})" 100) |"
}

people_report() {
  echo
  echo "#### Referrals at a region's scale (through the gateway, one client, $PPL_N sequential requests per figure; ms)"
  echo
  echo "Tenant \`$PPL_BIG\`: 300,000 people and 1,000,000 referrals between 40 organisations over five years (COPY into referrals-db in"
  echo "${PPL_LOAD[referrals]} s, tax codes encrypted and hashed by the service's own \`PersonalDataProtector\` with its development keys;"
  echo "found by tax code through the API: ${PPL_LOAD[found]}), beside ${PPL_OTHERS[*]} (30,000 people, 100,000 referrals each):"
  echo "${PPL_LOAD[people_rows]} people and ${PPL_LOAD[referral_rows]} referrals in the tables. The hub (the CPI) receives ${PPL_LOAD[hub_incoming]} and"
  echo "sends ${PPL_LOAD[hub_outgoing]}; the smallest organisation receives ${PPL_LOAD[small_incoming]}. The pathway is the one of the person with most referrals (${PPL_LOAD[pathway_referrals]})."
  echo
  echo "| query | p50 | p99 | errors | p99 < 100 ms |"
  echo "|---|---|---|---|---|"
  people_row in-first "incoming queue of the hub, first page (\`/referrals/incoming?limit=50\`, organisation from the token)"
  people_row in-deep "incoming queue of the hub, page at 90 % (\`&cursor=\`)"
  people_row in-sent "incoming queue of the hub, waiting ones (\`&status=sent\`)"
  people_row out-first "outgoing queue of the hub, first page"
  people_row out-deep "outgoing queue of the hub, page at 90 %"
  people_row small-first "incoming queue of the smallest organisation, first page"
  people_row search-taxcode "\`POST /people/search\` by tax code"
  people_row search-name "\`POST /people/search\` by surname + birth date"
  people_row search-fullname "\`POST /people/search\` by surname, name + birth date"
  people_row pathway "\`GET /people/{id}/pathway\` (the longest)"
  echo
  echo "#### Placements at a region's scale (through the gateway, one client, $PPL_N sequential requests per figure; ms)"
  echo
  echo "Tenant \`$PPL_BIG\`: 100,000 placements over ten years (COPY into placements-db in ${PPL_LOAD[placements]} s: ${PPL_LOAD[placement_states]}),"
  echo "${PPL_LOAD[months]} attendance months and ${PPL_LOAD[follow_ups]} follow-ups (recorded when older than 45 days, 95 % of them), 300 host organisations,"
  echo "two stipend lines a year; beside ${PPL_OTHERS[*]} (10,000 placements each): ${PPL_LOAD[placement_rows]} placements in the table."
  echo "The stipend list is last year's busiest month of one line (${PPL_LOAD[stipend_rows]} CSV lines with header and total)."
  echo
  echo "| query | p50 | p99 | errors | p99 < 100 ms |"
  echo "|---|---|---|---|---|"
  people_row list-first "\`/placements?limit=50\` (with attendance and follow-ups)"
  people_row list-active "\`/placements?status=active&limit=50\`"
  people_row list-host "\`/placements?hostOrganisationId=&limit=50\`"
  people_row follow-due "\`/follow-ups?status=due&limit=50\`"
  people_row follow-overdue "\`/follow-ups?status=overdue&limit=50\`"
  people_row stipends "\`/stipends?budgetLineId=&month=\` (CSV)"
  echo
  echo "#### Funding saga: proposal to funded (ms, from placements-db: \`created_at\` of the proposal to \`updated_at\` when Grants' answer is applied)"
  echo
  echo "Proposals through the gateway into the same tenant, after the 100,000, on one stipends line large enough for all of them"
  echo "(the last row: the same load over four lines of one budget)."
  echo
  echo "| load | proposals | proposals/s | POST p50 | POST p99 | saga p50 | saga p99 | saga max | refused | undecided after 120 s | failed POSTs |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  local level label
  for level in "${SAGA_LEVELS[@]}"; do
    label="concurrency $level"
    [[ $level == idle ]] && label='idle (one at a time, 50 ms apart)'
    [[ $level == 10x4 ]] && label='concurrency 10, proposals spread over 4 lines'
    echo "| $label | $(errsum ${PPL[saga.$level.n]}) | $(mmm %.0f ${PPL[saga.$level.rps]}) | $(mmm %.1f ${PPL[saga.$level.post_p50]}) | $(mmm %.1f ${PPL[saga.$level.post_p99]}) | $(mmm %.1f ${PPL[saga.$level.p50]}) | $(mmm %.1f ${PPL[saga.$level.p99]}) | $(mmm %.0f ${PPL[saga.$level.max]}) | $(errsum ${PPL[saga.$level.refused]}) | $(errsum ${PPL[saga.$level.undecided]}) | $(errsum ${PPL[saga.$level.failed]}) |"
  done
}
