# shellcheck shell=bash
# The .NET side of an instance: building, starting and stopping the services and the gateway as
# background processes with the environment an Aspire AppHost would give them, and seeding.
# Requires eng/lib.sh, eng/infra.sh and rete_load_instance.

# Components whose project exists, services first, then the gateway and the web application.
present_components() {
  local name
  for name in "${RETE_SERVICES[@]}" "${RETE_EDGE[@]}"; do
    [[ -f $RETE_ROOT/${RETE_PROJECT[$name]} ]] && echo "$name"
  done
  return 0
}
present_services() {
  local name
  for name in "${RETE_SERVICES[@]}"; do
    [[ -f $RETE_ROOT/${RETE_PROJECT[$name]} ]] && echo "$name"
  done
  return 0
}

svc_outdir() { printf '%s/%s/bin/%s/%s' "$RETE_ROOT" "$(dirname "${RETE_PROJECT[$1]}")" "$RETE_CONFIGURATION" "$RETE_TARGET_FRAMEWORK"; }
svc_dll() { local p=${RETE_PROJECT[$1]}; p=${p##*/}; printf '%s.dll' "${p%.csproj}"; }
svc_url() { printf 'http://127.0.0.1:%s' "${PORT[$1]}"; }
svc_log() { printf '%s/%s.log' "$LOG_DIR" "$1"; }
svc_pidfile() { printf '%s/%s.pid' "$PID_DIR" "$1"; }

# Prints the pid of the component when it runs (pid file, live process, right dll).
svc_pid() {
  local pid
  pid=$(read_pid "$(svc_pidfile "$1")")
  pid_alive "$pid" "$(svc_dll "$1")" && echo "$pid"
}

svc_healthy() { [[ $(http_code "$(svc_url "$1")/health") == 200 ]]; }

# ----- build --------------------------------------------------------------------------------------
dotnet_build() { # log file
  local log=$1 slnf=$RETE_ROOT/$RETE_SOLUTION_FILTER
  if [[ ${RETE_SKIP_BUILD:-0} == 1 ]]; then
    note "not building (RETE_SKIP_BUILD=1)"
    return 0
  fi
  if [[ ! -f $slnf ]]; then
    warn "$RETE_SOLUTION_FILTER not found: nothing to build"
    return 0
  fi
  require_dotnet
  info "building $RETE_SOLUTION_FILTER ($RETE_CONFIGURATION)"
  mkdir -p "$(dirname "$log")"
  local t0 rc=0
  t0=$(now_ms)
  (cd "$RETE_ROOT" && DOTNET_NOLOGO=1 dotnet build "$slnf" -c "$RETE_CONFIGURATION" -nologo -v:minimal -tl:off \
    -clp:NoSummary) >"$log" 2>&1 || rc=$?
  if ((rc != 0)); then
    local errors
    errors=$(grep -E ': (error|fatal error) [A-Z0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u | head -n 40 || true)
    if [[ -n $errors ]]; then
      printf '%s\n' "$errors" | sed 's/^/    /' >&2
    else
      show_tail "$log" 40
    fi
    die "the build failed (full log: $log)"
  fi
  ok "built in $((($(now_ms) - t0) / 1000)) s (log: $log)"
}

# ----- environment --------------------------------------------------------------------------------
# Fills SVC_ENV with the environment of one component, as the AppHost would set it.
svc_env() { # name
  local name=$1 other
  SVC_ENV=(
    ASPNETCORE_ENVIRONMENT=Development
    DOTNET_ENVIRONMENT=Development
    "ASPNETCORE_URLS=$(svc_url "$name")"
    "OTEL_SERVICE_NAME=$name"
    "Auth__SigningKey=$RETE_DEV_SIGNING_KEY"
    "Auth__Issuer=$RETE_JWT_ISSUER"
    "Auth__Audience=$RETE_JWT_AUDIENCE"
  )
  if [[ -n ${RETE_OTLP_ENDPOINT:-} ]]; then
    SVC_ENV+=(
      "OTEL_EXPORTER_OTLP_ENDPOINT=$RETE_OTLP_ENDPOINT"
      "OTEL_EXPORTER_OTLP_PROTOCOL=${RETE_OTLP_PROTOCOL:-grpc}"
      "OTEL_RESOURCE_ATTRIBUTES=service.instance.id=$name-${PORT[$name]}"
    )
  fi
  # Sign-in: the Identity service issues tokens as the gateway's address (what the browser sees); every process
  # reads its discovery document from Identity directly. Development tokens stay valid beside its tokens.
  if [[ -f $RETE_ROOT/${RETE_PROJECT[identity]} ]]; then
    SVC_ENV+=(
      "Auth__Authority=$(svc_url "$RETE_RES_GATEWAY")/"
      "Auth__MetadataAddress=$(svc_url identity)/.well-known/openid-configuration"
      "Identity__Issuer=$(svc_url "$RETE_RES_GATEWAY")/"
    )
  fi
  # Service discovery: every process learns every service's address (the gateway routes by them).
  while read -r other; do
    SVC_ENV+=("services__${other}__http__0=$(svc_url "$other")")
  done < <(present_services)
  # A business service gets its own database and the broker.
  if [[ -n ${RETE_SERVICE_DB_RESOURCE[$name]:-} ]]; then
    SVC_ENV+=(
      "ConnectionStrings__${RETE_SERVICE_DB_RESOURCE[$name]}=$(pg_connection_string "${RETE_SERVICE_DB_NAME[$name]}")"
      "ConnectionStrings__$RETE_RES_MESSAGING=$(amqp_uri)"
    )
  fi
}

# Writes $RETE_HOME/env: KEY=VALUE lines with every connection string, service address and auth value,
# for running one project by hand (a debugger, dotnet run) against this instance's infrastructure.
write_env_file() {
  local svc file=$RETE_HOME/env
  {
    echo "# written by ./rete up: development-only values of this instance"
    echo "# usage: env \$(grep -v '^#' $file | xargs) dotnet run --project services/Registry"
    echo "ASPNETCORE_ENVIRONMENT=Development"
    for svc in "${RETE_SERVICES[@]}"; do
      echo "ConnectionStrings__${RETE_SERVICE_DB_RESOURCE[$svc]}=$(pg_connection_string "${RETE_SERVICE_DB_NAME[$svc]}")"
    done
    echo "ConnectionStrings__$RETE_RES_MESSAGING=$(amqp_uri)"
    for svc in "${RETE_SERVICES[@]}"; do
      echo "services__${svc}__http__0=$(svc_url "$svc")"
    done
    echo "Auth__SigningKey=$RETE_DEV_SIGNING_KEY"
    echo "Auth__Issuer=$RETE_JWT_ISSUER"
    echo "Auth__Audience=$RETE_JWT_AUDIENCE"
  } >"$file"
}

# ----- start, wait, stop --------------------------------------------------------------------------
# Starts a component in the background unless it already runs. Appends it to SVC_WAIT.
svc_start() { # name
  local name=$1 port=${PORT[$1]} dir dll log pid
  dir=$(svc_outdir "$name")
  dll=$(svc_dll "$name")
  log=$(svc_log "$name")
  if pid=$(svc_pid "$name") && [[ -n $(find "$dir" -maxdepth 1 -name '*.dll' -newer "$(svc_pidfile "$name")" 2>/dev/null) ]]; then
    note "$name was rebuilt since it started: restarting it"
    svc_stop "$name" "$pid"
  fi
  if pid=$(svc_pid "$name"); then
    if svc_healthy "$name"; then
      ok "$name already running (pid $pid) on $(svc_url "$name")"
    else
      note "$name already running (pid $pid), waiting for it to be healthy"
      SVC_WAIT+=("$name")
    fi
    return 0
  fi
  rm -f "$(svc_pidfile "$name")"
  if [[ ! -f $dir/$dll ]]; then
    if [[ ! -f $RETE_ROOT/$RETE_SOLUTION_FILTER ]]; then
      warn "$name is not built and there is no $RETE_SOLUTION_FILTER to build it: not starting it"
      return 0
    fi
    die "$name is not built ($dir/$dll is missing); build $RETE_SOLUTION_FILTER or run without RETE_SKIP_BUILD"
  fi
  port_open "$port" && die "port $port ($name) is already in use by another process"
  require_dotnet

  svc_env "$name"
  mkdir -p "$LOG_DIR" "$PID_DIR"
  echo "--- $(date -Is) ./rete starting $name on $(svc_url "$name")" >>"$log"
  # Run from the output folder (appsettings.json is found relative to it), in its own session so that
  # closing the terminal does not stop it.
  (cd "$dir" && exec setsid nohup env "${SVC_ENV[@]}" dotnet "$dll" >>"$log" 2>&1 </dev/null) &
  echo "$!" >"$(svc_pidfile "$name")"
  SVC_STARTED_AT[$name]=$(now_ms)
  SVC_WAIT+=("$name")
}

# Waits until every component in SVC_WAIT answers 200 on /health.
svc_wait_all() {
  local name pid deadline code t0
  for name in "${SVC_WAIT[@]}"; do
    t0=${SVC_STARTED_AT[$name]:-$(now_ms)}
    deadline=$((t0 + RETE_HEALTH_TIMEOUT * 1000))
    while :; do
      code=$(http_code "$(svc_url "$name")/health")
      [[ $code == 200 ]] && break
      if ! pid=$(svc_pid "$name"); then
        show_tail "$(svc_log "$name")" 40
        die "$name exited while starting (log: $(svc_log "$name"))"
      fi
      if (($(now_ms) > deadline)); then
        show_tail "$(svc_log "$name")" 40
        die "$name did not become healthy within ${RETE_HEALTH_TIMEOUT} s ($(svc_url "$name")/health answered $code; log: $(svc_log "$name"))"
      fi
      sleep 0.2
    done
    ok "$name healthy on $(svc_url "$name") ($(($(now_ms) - t0)) ms)"
  done
  SVC_WAIT=()
}

services_start() {
  declare -gA SVC_STARTED_AT=()
  SVC_WAIT=()
  local -a services
  mapfile -t services < <(present_services)
  if ((${#services[@]} == 0)) && [[ ! -f $RETE_ROOT/${RETE_PROJECT[gateway]} ]]; then
    warn "no service projects yet: only the infrastructure runs"
    return 0
  fi
  local name
  ((${#services[@]})) && info "starting ${services[*]}"
  for name in "${services[@]}"; do svc_start "$name"; done
  svc_wait_all
  if [[ -f $RETE_ROOT/${RETE_PROJECT[gateway]} ]]; then
    info "starting the gateway"
    svc_start gateway
    svc_wait_all
  fi
  if [[ -f $RETE_ROOT/${RETE_PROJECT[$RETE_RES_WEB]} ]]; then
    info "starting the web application"
    svc_start "$RETE_RES_WEB"
    svc_wait_all
  fi
}

# Stops one component: SIGTERM to its session, then SIGKILL after 20 s.
svc_stop() { # name pid
  local name=$1 pid=$2 i
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    pid_alive "$pid" || break
    sleep 0.2
  done
  pid_alive "$pid" && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
  rm -f "$(svc_pidfile "$name")"
}

# Stops every component that has a pid file: SIGTERM to its session, then SIGKILL after 20 s.
services_stop() {
  local name pid i
  local -a order=("$RETE_RES_WEB" "$RETE_RES_GATEWAY" "${RETE_SERVICES[@]}") stopping=()
  for name in "${order[@]}"; do
    [[ -f $(svc_pidfile "$name") ]] || continue
    if pid=$(svc_pid "$name"); then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      stopping+=("$name:$pid")
    else
      rm -f "$(svc_pidfile "$name")"
    fi
  done
  ((${#stopping[@]})) || return 0
  local entry all_gone
  for ((i = 0; i < 100; i++)); do
    all_gone=1
    for entry in "${stopping[@]}"; do
      pid_alive "${entry#*:}" && all_gone=0
    done
    ((all_gone)) && break
    sleep 0.2
  done
  for entry in "${stopping[@]}"; do
    name=${entry%%:*} pid=${entry#*:}
    if pid_alive "$pid"; then
      warn "$name (pid $pid) did not stop within 20 s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$(svc_pidfile "$name")"
    ok "$name stopped"
  done
}

# ----- seed ---------------------------------------------------------------------------------------
seed_run() {
  local dir dll=Rete.Seeds.dll
  dir=$RETE_ROOT/$(dirname "$RETE_SEEDS_PROJECT")/bin/$RETE_CONFIGURATION/$RETE_TARGET_FRAMEWORK
  if [[ ! -f $dir/$dll ]]; then
    if [[ -f $RETE_ROOT/$RETE_SEEDS_PROJECT ]]; then
      warn "the seeder is not built ($dir/$dll): no seed data loaded"
    else
      note "no seeder yet: no seed data loaded"
    fi
    return 0
  fi
  local gateway
  gateway=$(svc_url gateway)
  [[ $(http_code "$gateway/health") == 200 ]] || die "the gateway does not answer at $gateway: run ./rete up first"
  require_dotnet
  info "seeding through $gateway from $RETE_SEEDS_DATA"
  mkdir -p "$LOG_DIR"
  echo "--- $(date -Is) ./rete seed" >>"$LOG_DIR/seed.log"
  local rc=0
  (cd "$dir" && env "Auth__SigningKey=$RETE_DEV_SIGNING_KEY" "Auth__Issuer=$RETE_JWT_ISSUER" \
    "Auth__Audience=$RETE_JWT_AUDIENCE" dotnet "$dll" --gateway "$gateway" --data "$RETE_ROOT/$RETE_SEEDS_DATA") 2>&1 |
    tee -a "$LOG_DIR/seed.log" | sed 's/^/    /' >&2 || rc=$?
  ((rc == 0)) || die "seeding failed (log: $LOG_DIR/seed.log)"
  ok "seed data loaded"
}
