# shellcheck shell=bash
# ./rete up | down | status | seed | logs: the AppHost in the background. The topology is the AppHost's
# (AppHost/AppHost.cs); what this file knows of a running instance it reads from the files the AppHost keeps in
# RETE_HOME (AppHost/Instance): apphost.pid, resources (name, state, health, addresses), env, logs/.

APPHOST_DIR=AppHost/bin/Release/net10.0

_rete_cmd() {
  if [[ $RETE_HOME == "$RETE_ROOT/.rete" ]]; then printf './rete'; else printf 'RETE_HOME=%q ./rete' "$RETE_HOME"; fi
}

dotnet_build() { # log file
  local log=$1 t0 rc=0
  [[ ${RETE_SKIP_BUILD:-0} == 1 ]] && { note "not building (RETE_SKIP_BUILD=1)"; return 0; }
  require_dotnet
  info "building Rete.sln (Release)"
  mkdir -p "$(dirname "$log")"
  t0=$SECONDS
  (cd "$RETE_ROOT" && DOTNET_NOLOGO=1 dotnet build Rete.sln -c Release -nologo -v:minimal -tl:off -clp:NoSummary) \
    >"$log" 2>&1 || rc=$?
  if ((rc != 0)); then
    grep -E ': (error|fatal error) [A-Z0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u | head -n 40 >&2 ||
      show_tail "$log" 40
    die "the build failed (full log: $log)"
  fi
  ok "built in $((SECONDS - t0)) s (log: $log)"
}

# The running AppHost of this instance, if any.
apphost_pid() {
  local pid
  pid=$(tr -dc '0-9' 2>/dev/null <"$RETE_HOME/apphost.pid") && [[ -n $pid ]] &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF Rete.AppHost && echo "$pid"
}

# The first http address of a resource, from the resources file (name, state, health, addresses).
resource_url() { awk -F'\t' -v n="$1" '$1 == n { print $4 }' "$RETE_HOME/resources" 2>/dev/null | tr ' ' '\n' | grep -m1 '^http' || true; }

# Every process of the instance: the AppHost's children (DCP, the services, Postgres, ...) inherit RETE_INSTANCE,
# which only ./rete up sets.
instance_pids() {
  grep -lsxzF "RETE_INSTANCE=$RETE_HOME" /proc/[0-9]*/environ | cut -d/ -f3 | grep -vx -e "$$" -e "$BASHPID" || true
}

cmd_up() {
  (($# == 0)) || die "up takes no arguments"
  rete_lock state 300
  local t0=$SECONDS pid
  info "instance $RETE_HOME (port offset $RETE_PORT_OFFSET)"
  if pid=$(apphost_pid); then
    die "this instance already runs (AppHost pid $pid): $(_rete_cmd) status, or $(_rete_cmd) down first"
  fi
  infra_install
  rete_save_instance
  mkdir -p "$LOG_DIR"
  dotnet_build "$LOG_DIR/build.log"
  rm -f "$RETE_HOME/resources" "$RETE_HOME/env"
  info "starting the AppHost"
  echo "--- $(date -Is) ./rete up" >>"$LOG_DIR/apphost.log"
  (exec {RETE_LOCK_FD}>&- && cd "$RETE_ROOT/$APPHOST_DIR" && exec setsid nohup env RETE_HOME="$RETE_HOME" RETE_INSTANCE="$RETE_HOME" RETE_PORT_OFFSET="$RETE_PORT_OFFSET" \
    ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
    dotnet Rete.AppHost.dll >>"$LOG_DIR/apphost.log" 2>&1 </dev/null) &
  UP_PID=$!
  _up_wait
  ok "every resource is healthy ($((SECONDS - t0)) s)"
  if [[ ${RETE_SKIP_SEED:-0} == 1 ]]; then note "not seeding (RETE_SKIP_SEED=1)"; else seed_run; fi
  info "up in $((SECONDS - t0)) s"
  _print_urls
}

_all_healthy() { awk -F'\t' '!(($2 == "Running" && $3 == "Healthy") || $2 == "Finished(0)") { exit 3 }' "$RETE_HOME/resources"; }

# Waits until every resource runs healthy (or has finished its one job), and the AppHost has written env.
_up_wait() {
  local deadline=$((SECONDS + ${RETE_UP_TIMEOUT:-300})) line bad
  while ((SECONDS < deadline)); do
    kill -0 "$UP_PID" 2>/dev/null || { show_tail "$LOG_DIR/apphost.log" 40; die "the AppHost stopped"; }
    if [[ -s $RETE_HOME/resources ]]; then
      bad=$(awk -F'\t' '$2 ~ /FailedToStart|Exited|Finished\([^0]/ { print $1 " " $2 }' "$RETE_HOME/resources" 2>/dev/null || true)
      if [[ -n $bad ]]; then
        for line in $(cut -d' ' -f1 <<<"$bad"); do show_tail "$LOG_DIR/$line.log" 30; done
        die "did not start: $bad ($(_rete_cmd) down to stop the rest)"
      fi
      [[ -f $RETE_HOME/env ]] && _all_healthy && return 0
    fi
    sleep 1
  done
  awk -F'\t' '{ print "    " $1 ": " $2 " " $3 }' "$RETE_HOME/resources" >&2 2>/dev/null || note "the AppHost wrote no resources file"
  die "not every resource was healthy after ${RETE_UP_TIMEOUT:-300} s ($(_rete_cmd) status, $(_rete_cmd) logs NAME)"
}

_print_urls() {
  local gateway cmd login
  gateway=$(resource_url gateway)
  # The address Identity knows the web app by: a browser on localhost would be sent back with a redirect it refuses.
  gateway=${gateway/\/\/localhost:/\/\/127.0.0.1:}
  cmd=$(_rete_cmd)
  login=$(grep -o 'Login to the dashboard at [^ ]*' "$LOG_DIR/apphost.log" | tail -n 1 | cut -d' ' -f6)
  echo
  echo "Rete is running on this machine (development defaults: not for production)."
  printf '  %-12s %s\n' gateway "$gateway" "API docs" "$gateway/docs" "web app" "$gateway/  (sign in as operator@trecate, password $RETE_WEB_DEV_PASSWORD)" \
    dashboard "${login:-$(grep -o 'Now listening on: [^ ]*' "$LOG_DIR/apphost.log" | tail -n 1 | cut -d' ' -f4)}" \
    RabbitMQ "$(resource_url messaging)  (user $RETE_RABBITMQ_USER, password $RETE_DEV_PASSWORD)" \
    logs "$cmd logs [name]   (files in $LOG_DIR)"
  echo
  echo "Call the API with a development token:"
  echo "  TOKEN=\$($cmd token --tenant trecate --role consortium-admin)"
  echo "  curl -H \"Authorization: Bearer \$TOKEN\" $gateway/api/registry/..."
  echo "Stop everything with: $cmd down   (data is kept for the next up)"
}

cmd_down() {
  (($# == 0)) || die "down takes no arguments"
  rete_lock state 300
  local pid left i
  info "stopping $RETE_HOME"
  pid=$(apphost_pid) && kill -TERM "$pid"
  # The AppHost stops its resources (DCP), each with a grace period; whatever is left after a minute is killed.
  for ((i = 0; i < 120; i++)); do left=$(instance_pids) && [[ -n $left ]] && sleep 0.5 || break; done
  [[ -z $left ]] || { warn "still running after 60 s, killing: $(tr '\n' ' ' <<<"$left")"; kill -KILL $left 2>/dev/null || true; }
  rm -f "$RETE_HOME/apphost.pid" "$RETE_HOME/resources"
  ok "everything stopped (data kept in $RETE_HOME)"
}

cmd_seed() {
  (($# == 0)) || die "seed takes no arguments"
  rete_lock state 300
  seed_run
}

seed_run() {
  local dir=$RETE_ROOT/seeds/Rete.Seeds/bin/Release/net10.0 gateway rc=0
  gateway=$(resource_url gateway)
  [[ -n $gateway ]] && curl -fs -o /dev/null -m 3 "$gateway/health" || die "the gateway does not answer: run ./rete up first"
  info "seeding through $gateway"
  mkdir -p "$LOG_DIR"
  echo "--- $(date -Is) ./rete seed" >>"$LOG_DIR/seed.log"
  (cd "$dir" && dotnet Rete.Seeds.dll --gateway "$gateway" --data "$RETE_ROOT/seeds/data") 2>&1 |
    tee -a "$LOG_DIR/seed.log" | sed 's/^/    /' >&2 || rc=$?
  ((rc == 0)) || die "seeding failed (log: $LOG_DIR/seed.log)"
  ok "seed data loaded"
}

cmd_status() {
  (($# == 0)) || die "status takes no arguments"
  local pid
  pid=$(apphost_pid) || { echo "not running ($RETE_HOME)"; return 3; }
  echo "AppHost pid $pid ($RETE_HOME)"
  [[ -s $RETE_HOME/resources ]] || return 3
  { printf 'RESOURCE\tSTATE\tHEALTH\tADDRESSES\n'; cat "$RETE_HOME/resources"; } | column -t -s $'\t'
  _all_healthy
}

cmd_logs() {
  (($# <= 1)) || die "usage: ./rete logs [resource]"
  local -a files
  if (($#)); then
    [[ -f $LOG_DIR/$1.log ]] || die "no log for '$1' in $LOG_DIR ($(cd "$LOG_DIR" 2>/dev/null && ls -- *.log | sed 's/\.log$//' | tr '\n' ' '))"
    files=("$LOG_DIR/$1.log")
  else
    mapfile -t files < <(ls "$LOG_DIR"/*.log 2>/dev/null)
    ((${#files[@]})) || die "no logs yet in $LOG_DIR"
  fi
  if [[ -t 1 ]]; then exec tail -n 50 -F "${files[@]}"; else tail -n 200 "${files[@]}"; fi
}
