# shellcheck shell=bash
# ./rete test: runs every test with the infrastructure the tests need, and stops it afterwards.
#
#  - a throwaway PostgreSQL cluster and RabbitMQ broker (offset +1000, under $RETE_HOME/test) for the
#    integration tests, with a fresh vhost for this run;
#  - `dotnet test Rete.sln`, then a last line "N passed, N failed[, N skipped]".
# Test output and logs are kept in $RETE_HOME/test-results. Requires lib, infra, commands.

_test_init_paths() {
  TEST_HOME=$RETE_HOME/test
  TEST_RESULTS=$RETE_HOME/test-results
  TEST_OFFSET=$((RETE_PORT_OFFSET + RETE_TEST_PORT_DELTA))
  TEST_CLEANED=0
  TEST_INFRA_PID=''
  TEST_SUMMARY=''
}

# Runs a command in a subshell set to another instance.
_in_instance() { # home offset ephemeral command...
  (
    RETE_HOME=$1 RETE_PORT_OFFSET=$2 RETE_PG_EPHEMERAL=$3
    unset RETE_GATEWAY_PORT
    shift 3
    rete_load_instance
    "$@"
  )
}

_test_infra_start() {
  rete_save_instance
  pg_start
  rmq_start
}

_test_infra_stop() {
  rmq_stop
  pg_stop
}

# Stops whatever a previous run left behind, and removes its data.
_test_teardown() {
  if [[ -f $TEST_HOME/instance ]]; then
    _in_instance "$TEST_HOME" "$TEST_OFFSET" 1 _test_infra_stop 2>/dev/null ||
      _in_instance "$TEST_HOME" "$TEST_OFFSET" 1 _test_infra_stop || warn "could not stop the test infrastructure in $TEST_HOME"
  fi
  rm -rf "$TEST_HOME"
}

# Exit hook: stops everything this run started, keeps the logs, prints the summary line.
_test_cleanup() {
  local rc=$1
  ((TEST_CLEANED)) && return 0
  TEST_CLEANED=1
  if [[ -n $TEST_INFRA_PID ]] && pid_alive "$TEST_INFRA_PID"; then
    kill -TERM "$TEST_INFRA_PID" 2>/dev/null
    wait "$TEST_INFRA_PID" 2>/dev/null
  fi
  info "stopping the test instances"
  _test_teardown
  if [[ ${CI:-} == true ]]; then
    # A CI job ends when its last process does: no lingering MSBuild or compiler servers.
    dotnet build-server shutdown >/dev/null 2>&1
  fi
  ((rc == 0)) || note "test output and logs: $TEST_RESULTS"
  [[ -n $TEST_SUMMARY ]] && printf '%s\n' "$TEST_SUMMARY"
  return 0
}

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

test_main() {
  _test_init_paths
  rete_lock test
  RETE_EXIT_HOOKS+=(_test_cleanup)
  local t0 slnf=$RETE_ROOT/$RETE_SOLUTION_FILTER
  t0=$(now_ms)

  infra_install
  # The browser tests (tests/Web.Tests) drive Debian's Chromium: Playwright's own download cannot work here.
  [[ -x /usr/bin/chromium ]] || _apt_install chromium
  _test_teardown
  rm -rf "$TEST_RESULTS"
  mkdir -p "$TEST_RESULTS"

  # The integration tests' Postgres and broker boot while the solution builds.
  info "starting the test PostgreSQL and RabbitMQ (port offset $TEST_OFFSET, $TEST_HOME)"
  _in_instance "$TEST_HOME" "$TEST_OFFSET" 1 _test_infra_start >"$TEST_RESULTS/infra.log" 2>&1 &
  TEST_INFRA_PID=$!
  dotnet_build "$TEST_RESULTS/build.log"
  local infra_rc=0
  wait "$TEST_INFRA_PID" || infra_rc=$?
  TEST_INFRA_PID=''
  sed 's/^/  /' "$TEST_RESULTS/infra.log" >&2
  ((infra_rc == 0)) || die "the test infrastructure did not start"

  # Everything the test processes need to reach it.
  local vhost test_pg test_amqp test_mgmt password
  vhost=rete-test-$(random_hex 4)
  password=$(urlencode "$RETE_DEV_PASSWORD")
  test_pg=$((RETE_BASE_PORT[postgres] + TEST_OFFSET))
  test_amqp=$((RETE_BASE_PORT[amqp] + TEST_OFFSET))
  test_mgmt=$((RETE_BASE_PORT[management] + TEST_OFFSET))
  _in_instance "$TEST_HOME" "$TEST_OFFSET" 1 rmq_create_vhost "$vhost"
  export RETE_TEST_HOME=$TEST_HOME
  export RETE_TEST_POSTGRES="Host=127.0.0.1;Port=$test_pg;Username=$RETE_PG_SUPERUSER;Password=$RETE_DEV_PASSWORD"
  export RETE_TEST_RABBITMQ="amqp://$RETE_RABBITMQ_USER:$password@127.0.0.1:$test_amqp/$vhost"
  export RETE_TEST_RABBITMQ_VHOST=$vhost
  export RETE_TEST_RABBITMQ_MANAGEMENT="http://$RETE_RABBITMQ_USER:$password@127.0.0.1:$test_mgmt"
  export RETE_TEST_BROKER_CTL=$RETE_ROOT/eng/test-broker.sh
  export RETE_TEST_POSTGRES_CTL=$RETE_ROOT/eng/test-postgres.sh
  export Auth__SigningKey=$RETE_DEV_SIGNING_KEY Auth__Issuer=$RETE_JWT_ISSUER Auth__Audience=$RETE_JWT_AUDIENCE

  # The tests. Test projects run one after another: several of them stop and restart the shared test
  # broker and database (RETE_TEST_*_CTL), which must not happen under another project's feet.
  local rc=0 passed=0 failed=0 skipped=0 assemblies=0
  if [[ -f $slnf ]]; then
    info "dotnet test $RETE_SOLUTION_FILTER $*"
    require_dotnet
    (cd "$RETE_ROOT" && DOTNET_NOLOGO=1 dotnet test "$slnf" -c "$RETE_CONFIGURATION" --no-build -m:1 -tl:off \
      --results-directory "$TEST_RESULTS/trx" --logger trx "$@") 2>&1 | tee "$TEST_RESULTS/test.log" || rc=$?
    read -r passed failed skipped assemblies < <(_test_count "$TEST_RESULTS/test.log")
  else
    warn "$RETE_SOLUTION_FILTER not found: no tests to run"
  fi

  TEST_SUMMARY="$passed passed, $failed failed"
  ((skipped > 0)) && TEST_SUMMARY+=", $skipped skipped"
  info "$assemblies test assemblies in $((($(now_ms) - t0) / 1000)) s"
  if ((failed > 0)); then
    exit 1
  elif ((rc != 0)); then
    warn "dotnet test failed (exit code $rc) without a failed test: see $TEST_RESULTS/test.log"
    exit "$rc"
  fi
  exit 0
}
