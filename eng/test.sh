# shellcheck shell=bash
# ./rete test: builds, then runs every test project; each starts what it needs (tests/Rete.Testing: PostgreSQL and
# RabbitMQ through the AppHost; tests/EndToEnd.Tests: the whole AppHost), and the browser tests drive Chromium.
# The last line says "N passed, N failed[, N skipped]". Output and logs: $RETE_HOME/test-results.

# Sums the per-assembly summaries of `dotnet test` (VSTest) output:
#   "Passed!  - Failed:     0, Passed:    12, Skipped:     1, Total:    13, Duration: 2 s - X.Tests.dll (net10.0)"
# Prints "passed failed skipped assemblies".
_test_count() { # console log
  sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1" | awk '
    match($0, /(Passed|Failed|Skipped)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/) {
      line = substr($0, RSTART, RLENGTH)
      gsub(/[^0-9]+/, " ", line)
      split(line, n, " ")
      failed += n[1]; passed += n[2]; skipped += n[3]; assemblies++
    }
    END { printf "%d %d %d %d\n", passed, failed, skipped, assemblies }'
}

# Runs the projects one after another into $results/lane-NAME.log, each line also on the terminal after "[NAME] ".
_test_lane() { # name results project... -- dotnet-test-args...
  local name=$1 results=$2 rc=0 projects=()
  shift 2
  while (($#)) && [[ $1 != -- ]]; do projects+=("$1") && shift; done
  (($#)) && shift
  : >"$results/lane-$name.log"
  for project in "${projects[@]}"; do
    (cd "$RETE_ROOT" && DOTNET_NOLOGO=1 RETE_PORT_OFFSET=$RETE_PORT_OFFSET RETE_TEST_RESULTS=$results dotnet test "$project" -c Release \
      --no-build -tl:off --results-directory "$results/trx" --logger trx "$@") 2>&1 |
      tee -a "$results/lane-$name.log" | sed -u "s/^/[$name] /" || rc=$?
  done
  return "$rc"
}

TEST_SUMMARY=''
_test_summary() {
  # A CI job ends when its last process does: no lingering MSBuild or compiler servers.
  [[ ${CI:-} == true ]] && dotnet build-server shutdown >/dev/null 2>&1
  [[ -n $TEST_SUMMARY ]] && printf '%s\n' "$TEST_SUMMARY"
  return 0
}

test_main() {
  rete_lock test
  trap _test_summary EXIT
  local t0 results=$RETE_HOME/test-results rc=0 passed failed skipped assemblies
  t0=$SECONDS
  infra_install
  # The browser tests (tests/Web.Tests) drive Debian's Chromium: Playwright's own download cannot work here.
  [[ -x /usr/bin/chromium ]] || _apt_install chromium
  rm -rf "$results" && mkdir -p "$results"
  dotnet_build "$results/build.log"

  # Two lanes side by side: the end-to-end system in one, every other test project one after another in the other
  # (the fault tests first). Each project starts its own infrastructure. On 2 cores the lanes share the CPU, but
  # much of either is waiting (a two-minute database outage, services restarting, events arriving), and the other
  # lane's work fills it.
  local projects=() project
  for project in "$RETE_ROOT"/tests/Faults.Tests/Faults.Tests.csproj "$RETE_ROOT"/tests/*/*.Tests.csproj; do
    [[ $project == */EndToEnd.Tests/* || " ${projects[*]} " == *" $project "* ]] || projects+=("$project")
  done
  info "dotnet test, in two lanes: EndToEnd.Tests | ${#projects[@]} other projects $*"
  _test_lane e2e "$results" "$RETE_ROOT/tests/EndToEnd.Tests/EndToEnd.Tests.csproj" -- "$@" &
  local e2e=$!
  _test_lane tests "$results" "${projects[@]}" -- "$@" || rc=$?
  wait "$e2e" || rc=$?
  cat "$results"/lane-*.log >"$results/test.log"
  read -r passed failed skipped assemblies < <(_test_count "$results/test.log")

  TEST_SUMMARY="$passed passed, $failed failed"
  ((skipped > 0)) && TEST_SUMMARY+=", $skipped skipped"
  info "$assemblies test assemblies in $((SECONDS - t0)) s"
  ((rc == 0 && failed == 0)) || note "test output and logs: $results"
  ((failed == 0)) || exit 1
  ((rc == 0)) || { warn "dotnet test failed (exit code $rc) without a failed test: see $results/test.log"; exit "$rc"; }
}
