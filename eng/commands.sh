# shellcheck shell=bash
# ./rete up | down | status | seed | logs. Requires eng/lib.sh, eng/infra.sh, eng/services.sh.

# How to address this instance in a printed hint ("./rete down", or with its RETE_HOME).
_rete_cmd() {
  if [[ $RETE_HOME == "$RETE_ROOT/.rete" ]]; then printf './rete'; else printf 'RETE_HOME=%q ./rete' "$RETE_HOME"; fi
}

cmd_up() {
  (($# == 0)) || die "up takes no arguments"
  rete_lock state 300
  local t0
  t0=$(now_ms)
  info "instance $RETE_HOME (port offset $RETE_PORT_OFFSET)"
  _up_check_ports_unchanged
  infra_install
  rete_save_instance
  mkdir -p "$LOG_DIR" "$PID_DIR"
  write_env_file
  if [[ ${RETE_SKIP_BUILD:-0} == 1 || ! -f $RETE_ROOT/$RETE_SOLUTION_FILTER ]]; then
    _up_infra
    dotnet_build "$LOG_DIR/build.log"
  else
    # Postgres and the broker boot while the solution builds.
    _up_infra >"$LOG_DIR/infra.log" 2>&1 &
    UP_INFRA_PID=$!
    RETE_EXIT_HOOKS+=(_up_infra_wait)
    dotnet_build "$LOG_DIR/build.log"
    _up_infra_wait || die "the infrastructure did not start"
  fi
  services_start
  if [[ ${RETE_SKIP_SEED:-0} == 1 ]]; then note "not seeding (RETE_SKIP_SEED=1)"; else seed_run; fi
  info "up in $((($(now_ms) - t0) / 1000)) s"
  _print_urls
}

# Changing the ports of an instance that runs would leave parts of it on the old ones.
_up_check_ports_unchanged() {
  [[ -n $RETE_STORED_OFFSET ]] || return 0
  [[ $RETE_STORED_OFFSET == "$RETE_PORT_OFFSET" && $RETE_STORED_GATEWAY_PORT == "${RETE_GATEWAY_PORT:-}" ]] && return 0
  local name running=''
  pg_running && running+=' postgres'
  pid_alive "$(rmq_pid)" && running+=' messaging'
  for name in "${RETE_SERVICES[@]}" "${RETE_EDGE[@]}"; do
    svc_pid "$name" >/dev/null && running+=" $name"
  done
  [[ -z $running ]] && return 0
  die "this instance runs with port offset $RETE_STORED_OFFSET${RETE_STORED_GATEWAY_PORT:+ and gateway port $RETE_STORED_GATEWAY_PORT} (running:$running); run ./rete down before changing its ports"
}

_up_infra() {
  pg_start
  pg_create_databases
  rmq_start
}

# Waits for the infrastructure started in the background and shows what it said.
UP_INFRA_PID=''
_up_infra_wait() {
  [[ -n $UP_INFRA_PID ]] || return 0
  local rc=0
  wait "$UP_INFRA_PID" || rc=$?
  UP_INFRA_PID=''
  cat "$LOG_DIR/infra.log" >&2
  return "$rc"
}

_print_urls() {
  local name gateway cmd
  gateway=$(svc_url gateway)
  cmd=$(_rete_cmd)
  echo
  echo "Rete is running on this machine (development defaults: not for production)."
  if [[ -f $RETE_ROOT/${RETE_PROJECT[gateway]} ]]; then
    printf '  %-12s %s\n' gateway "$gateway" "API docs" "$gateway/docs"
  fi
  if [[ -f $RETE_ROOT/${RETE_PROJECT[$RETE_RES_WEB]} ]]; then
    printf '  %-12s %s\n' "web app" "$(svc_url "$RETE_RES_WEB")"
  fi
  while read -r name; do
    printf '  %-12s %s\n' "$name" "$(svc_url "$name")"
  done < <(present_services)
  printf '  %-12s %s  (user %s, password %s)\n' RabbitMQ "$(management_url)" "$RETE_RABBITMQ_USER" "$RETE_DEV_PASSWORD"
  printf '  %-12s %s\n' PostgreSQL "$(pg_connection_string)"
  printf '  %-12s %s\n' logs "$cmd logs [name]   (files in $LOG_DIR)"
  echo
  echo "Call the API with a development token:"
  echo "  TOKEN=\$($cmd token --tenant trecate --role consortium-admin)"
  echo "  curl -H \"Authorization: Bearer \$TOKEN\" $gateway/api/registry/..."
  echo "Stop everything with: $cmd down   (data is kept for the next up)"
}

cmd_down() {
  (($# == 0)) || die "down takes no arguments"
  rete_lock state 300
  info "stopping $RETE_HOME"
  services_stop
  rmq_stop
  pg_stop
  ok "everything stopped (data kept in $RETE_HOME)"
}

cmd_seed() {
  (($# == 0)) || die "seed takes no arguments"
  rete_lock state 300
  seed_run
}

cmd_status() {
  (($# == 0)) || die "status takes no arguments"
  local fmt='%-11s %-8s %-24s %-9s %s\n' all_ok=1 pid health state name
  # shellcheck disable=SC2059
  printf "$fmt" COMPONENT PID ADDRESS STATE HEALTH

  pid=$(pg_pid)
  if pg_running; then
    state=running
    if pg_ready; then health='accepting connections'; else health='not answering'; all_ok=0; fi
  else
    state=stopped health=- pid='' all_ok=0
  fi
  # shellcheck disable=SC2059
  printf "$fmt" "$RETE_RES_POSTGRES" "${pid:--}" "127.0.0.1:${PORT[postgres]}" "$state" "$health"

  pid=$(read_pid "$RMQ_DIR/rabbitmq.pid")
  if rmq_up; then
    state=running
    if rmq_check_running; then health="running, management $(management_url)"; else health='not running'; all_ok=0; fi
  else
    state=stopped health=- pid='' all_ok=0
  fi
  # shellcheck disable=SC2059
  printf "$fmt" "$RETE_RES_MESSAGING" "${pid:--}" "127.0.0.1:${PORT[amqp]}" "$state" "$health"

  for name in "${RETE_SERVICES[@]}" "${RETE_EDGE[@]}"; do
    if [[ ! -f $RETE_ROOT/${RETE_PROJECT[$name]} ]]; then
      # shellcheck disable=SC2059
      printf "$fmt" "$name" - "$(svc_url "$name")" absent "no project yet"
      continue
    fi
    if pid=$(svc_pid "$name"); then
      state=running
      health="/health $(http_code "$(svc_url "$name")/health")"
      [[ $health == '/health 200' ]] || all_ok=0
    else
      state=stopped health=- pid='' all_ok=0
    fi
    # shellcheck disable=SC2059
    printf "$fmt" "$name" "${pid:--}" "$(svc_url "$name")" "$state" "$health"
  done
  ((all_ok)) || return 3
}

# The log files of a component (or of all of them).
_log_files() { # [name]
  local name=${1:-}
  case $name in
    '')
      local f
      for f in "$LOG_DIR"/*.log; do [[ -f $f ]] && echo "$f"; done
      ;;
    postgres | pg) echo "$PG_DIR/postgres.log" ;;
    messaging | rabbitmq) echo "$RMQ_DIR/log/rete@localhost.log" ;;
    *) echo "$LOG_DIR/$name.log" ;;
  esac
}

cmd_logs() {
  (($# <= 1)) || die "usage: ./rete logs [name]"
  case ${1:-} in
    '' | postgres | pg | messaging | rabbitmq) ;;
    *) [[ -f $LOG_DIR/$1.log ]] || die "no log for '$1' (names: postgres messaging ${RETE_SERVICES[*]} gateway web build seed)" ;;
  esac
  local -a files
  mapfile -t files < <(_log_files "${1:-}")
  ((${#files[@]})) || die "no logs yet in $LOG_DIR"
  if [[ -t 1 ]]; then
    exec tail -n 50 -F "${files[@]}"
  else
    tail -n 200 "${files[@]}"
  fi
}
