# shellcheck shell=bash
# Infrastructure of an instance: installing PostgreSQL and RabbitMQ from the OS packages, and starting,
# stopping and checking the instance's own Postgres cluster and broker under $RETE_HOME.
# Requires eng/lib.sh and rete_load_instance.

# ----- installation -------------------------------------------------------------------------------
_apt_updated=0

# The bin folder of PostgreSQL: version 15 (RETE_PG_VERSION) when present, else the newest installed.
pg_bin() {
  if [[ -n ${RETE_PG_BIN:-} ]]; then printf '%s' "$RETE_PG_BIN"; return; fi
  local preferred=/usr/lib/postgresql/$RETE_PG_VERSION/bin
  if [[ -x $preferred/postgres ]]; then printf '%s' "$preferred"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  printf '%s' "${found:-$preferred}"
}

_apt_install() { # packages...
  command -v apt-get >/dev/null 2>&1 ||
    die "missing: $* ; this machine has no apt-get: install them with the system's package manager"
  if ((!_apt_updated)); then
    info "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || die "apt-get update failed"
    _apt_updated=1
  fi
  # A package's maintainer scripts must not start a system-wide Postgres or broker: while installing,
  # /usr/sbin/policy-rc.d answers 101 ("action forbidden") unless the machine already has one.
  local own_policy=0 rc=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    as_root sh -c 'printf "#!/bin/sh\n# temporary, from the Rete launcher: no service starts during apt-get install\nexit 101\n" >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
    own_policy=1
  fi
  info "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 || rc=$?
  ((own_policy)) && as_root rm -f /usr/sbin/policy-rc.d
  ((rc == 0)) || die "apt-get install $* failed"
}

# Installs what the launcher needs and the machine lacks.
infra_install() {
  local -a pkgs=()
  [[ -x $(pg_bin)/postgres ]] || pkgs+=("postgresql-$RETE_PG_VERSION")
  [[ -x $RETE_RABBITMQ_BIN/rabbitmq-server ]] || pkgs+=(rabbitmq-server)
  local tool
  for tool in curl jq openssl; do command -v "$tool" >/dev/null 2>&1 || pkgs+=("$tool"); done
  # The web application's build restores Bootstrap Italia with npm (web/FrontEnd.targets).
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
  command -v flock >/dev/null 2>&1 || pkgs+=(util-linux)
  ((${#pkgs[@]} == 0)) && return 0
  _apt_install "${pkgs[@]}"
  [[ -x $(pg_bin)/postgres ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql after installing"
  [[ -x $RETE_RABBITMQ_BIN/rabbitmq-server ]] || die "RabbitMQ not found at $RETE_RABBITMQ_BIN after installing"
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    die "the .NET SDK (dotnet) is not on PATH; install the SDK named in global.json"
}

# ----- PostgreSQL ---------------------------------------------------------------------------------
# Postgres refuses to run as root: as root it runs as the `postgres` user, otherwise as the current user.
pg_os_user() { if is_root; then echo postgres; else id -un; fi; }

pg_as_owner() { # command...
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_client() { # psql arguments...
  PGPASSWORD=$RETE_DEV_PASSWORD "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${PORT[postgres]}" \
    -U "$RETE_PG_SUPERUSER" "$@"
}

pg_ready() { "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "${PORT[postgres]}" -t 2 >/dev/null 2>&1; }

pg_running() { [[ -f $PG_DIR/data/PG_VERSION ]] && pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; }

pg_pid() { [[ -f $PG_DIR/data/postmaster.pid ]] && head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true; }

# As root, the postgres user must be able to reach $RETE_HOME/pg: every folder above it needs o+x.
_pg_make_reachable() {
  is_root || return 0
  local path='' part
  local -a parts
  IFS=/ read -r -a parts <<<"${PG_DIR#/}"
  for part in "${parts[@]}"; do
    path+=/$part
    [[ -d $path ]] || break
    if ! runuser -u postgres -- test -x "$path" 2>/dev/null; then
      note "letting the postgres user traverse $path (chmod o+x)"
      chmod o+x "$path"
    fi
  done
}

_pg_init() {
  local user
  user=$(pg_os_user)
  mkdir -p "$PG_DIR"
  is_root && chown "$user": "$PG_DIR"
  chmod 700 "$PG_DIR"
  _pg_make_reachable
  [[ -f $PG_DIR/data/PG_VERSION ]] && return 0
  info "initialising PostgreSQL in $PG_DIR/data"
  local pwfile=$PG_DIR/.pwfile
  (umask 077 && printf '%s\n' "$RETE_DEV_PASSWORD" >"$pwfile")
  is_root && chown "$user": "$pwfile"
  local rc=0
  pg_as_owner "$(pg_bin)/initdb" -D "$PG_DIR/data" -U "$RETE_PG_SUPERUSER" -A scram-sha-256 \
    --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || rc=$?
  rm -f "$pwfile"
  if ((rc != 0)); then show_tail "$PG_DIR/initdb.log"; die "initdb failed"; fi
}

pg_start() {
  _pg_init
  if pg_running; then
    pg_ready && { ok "postgres already running on 127.0.0.1:${PORT[postgres]}"; return 0; }
    warn "postgres is running but does not answer on port ${PORT[postgres]}: restarting it"
    pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null || true
  fi
  port_open "${PORT[postgres]}" && die "port ${PORT[postgres]} (postgres) is already in use by another process"

  # Unix socket next to the data, unless that path is too long for a socket (then TCP only).
  local sockdir=$PG_DIR
  ((${#sockdir} + 20 > 107)) && sockdir=''
  [[ $PG_DIR == *"'"* ]] && die "RETE_HOME must not contain a single quote"
  local opts="-c listen_addresses=127.0.0.1 -p ${PORT[postgres]} -k '$sockdir' -c max_connections=300"
  ((RETE_PG_EPHEMERAL)) && opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"

  local t0
  t0=$(now_ms)
  if ! pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 -o "$opts" start \
    >"$PG_DIR/pg_ctl.log" 2>&1; then
    show_tail "$PG_DIR/pg_ctl.log" 10
    show_tail "$PG_DIR/postgres.log"
    die "PostgreSQL did not start"
  fi
  ok "postgres started on 127.0.0.1:${PORT[postgres]} ($(($(now_ms) - t0)) ms)"
}

# Creates the services' databases when missing (as Aspire's AddDatabase does).
pg_create_databases() {
  local svc db
  for svc in "${RETE_SERVICES[@]}"; do
    db=${RETE_SERVICE_DB_NAME[$svc]}
    if [[ -z $(pg_client -d postgres -tAc "select 1 from pg_database where datname = '$db'") ]]; then
      pg_client -d postgres -c "create database \"$db\"" || die "could not create database $db"
      note "created database $db"
    fi
  done
}

pg_stop() {
  [[ -f $PG_DIR/data/PG_VERSION ]] || return 0
  if pg_running; then
    pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      die "could not stop PostgreSQL (data in $PG_DIR/data)"
    ok "postgres stopped"
  fi
}

pg_restart() {
  pg_stop
  pg_start
}

# ----- RabbitMQ -----------------------------------------------------------------------------------
# The broker runs from the package's own scripts with everything (node, data, logs, cookie, config,
# ports, even the Erlang port mapper) private to the instance, so several brokers can run side by side.
# Call only in a subshell: it changes HOME.
_rmq_env() {
  export HOME=$RMQ_DIR/home # .erlang.cookie: the server and the CLI tools share it
  export RABBITMQ_NODENAME=rete@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=${PORT[amqp]}
  export RABBITMQ_DIST_PORT=${PORT[erlang-dist]}
  export RABBITMQ_CTL_DIST_PORT_MIN=${PORT[erlang-cli]} RABBITMQ_CTL_DIST_PORT_MAX=$((PORT[erlang-cli] + 9))
  export ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=${PORT[epmd]}
  export RABBITMQ_MNESIA_BASE=$RMQ_DIR/mnesia RABBITMQ_LOG_BASE=$RMQ_DIR/log RABBITMQ_PID_FILE=$RMQ_DIR/rabbitmq.pid
  export RABBITMQ_CONFIG_FILE=$RMQ_DIR/rabbitmq.conf RABBITMQ_ENABLED_PLUGINS_FILE=$RMQ_DIR/enabled_plugins
  export RABBITMQ_ADVANCED_CONFIG_FILE=$RMQ_DIR/advanced.config RABBITMQ_CONF_ENV_FILE=$RMQ_DIR/rabbitmq-env.conf
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export PATH=$RETE_RABBITMQ_BIN:$PATH
}

rmq_cli() { # tool arguments... (rabbitmqctl, rabbitmq-diagnostics, ...)
  (_rmq_env && "$@")
}

_rmq_write_config() {
  mkdir -p "$RMQ_DIR/home" "$RMQ_DIR/log"
  chmod 700 "$RMQ_DIR/home"
  # On first boot the broker creates the `rete` administrator with full rights on `/`, and no `guest`.
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
# written by ./rete (development only)
listeners.tcp.default = 127.0.0.1:${PORT[amqp]}
management.tcp.ip = 127.0.0.1
management.tcp.port = ${PORT[management]}
default_vhost = /
default_user = $RETE_RABBITMQ_USER
default_pass = $RETE_DEV_PASSWORD
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
log.file.level = info
log.console = false
EOF
  echo '[rabbitmq_management].' >"$RMQ_DIR/enabled_plugins"
  : >"$RMQ_DIR/rabbitmq-env.conf"
  echo '[].' >"$RMQ_DIR/advanced.config"
}

rmq_pid() { read_pid "$RMQ_DIR/server.pid"; }

# Quick check: our broker process is alive and its AMQP port answers.
rmq_up() { pid_alive "$(rmq_pid)" && port_open "${PORT[amqp]}"; }

rmq_check_running() { rmq_cli rabbitmq-diagnostics -q check_running >/dev/null 2>&1; }

_rmq_api() { # method path [curl args...]
  local method=$1 path=$2
  shift 2
  curl -sS -f -m 10 -u "$RETE_RABBITMQ_USER:$RETE_DEV_PASSWORD" -X "$method" -H 'content-type: application/json' \
    "$(management_url)/api/$path" "$@"
}

rmq_start() {
  _rmq_write_config
  if rmq_up && rmq_check_running; then
    ok "messaging (RabbitMQ) already running on 127.0.0.1:${PORT[amqp]}"
    return 0
  fi
  local name
  for name in amqp management erlang-dist; do
    port_open "${PORT[$name]}" && die "port ${PORT[$name]} (RabbitMQ $name) is already in use by another process"
  done

  local t0 pid deadline
  t0=$(now_ms)
  echo "--- $(date -Is) starting" >>"$RMQ_DIR/stdout.log"
  (_rmq_env && exec setsid nohup rabbitmq-server >>"$RMQ_DIR/stdout.log" 2>&1 </dev/null) &
  pid=$!
  echo "$pid" >"$RMQ_DIR/server.pid"
  # Ready when the AMQP listener and the management API answer (the listeners open last) and the node
  # says it is running.
  deadline=$(($(now_ms) + 90000))
  until port_open "${PORT[amqp]}" &&
    [[ $(http_code "http://$RETE_RABBITMQ_USER:$RETE_DEV_PASSWORD@127.0.0.1:${PORT[management]}/api/overview") == 200 ]]; do
    if ! pid_alive "$pid"; then
      show_tail "$RMQ_DIR/stdout.log"
      die "RabbitMQ exited while starting (logs in $RMQ_DIR/log)"
    fi
    (($(now_ms) > deadline)) && { show_tail "$RMQ_DIR/stdout.log"; die "RabbitMQ did not start within 90 s"; }
    sleep 0.3
  done
  rmq_check_running || { show_tail "$RMQ_DIR/stdout.log"; die "RabbitMQ answers but does not report running"; }
  # A data folder created some other way may still hold the default guest user: remove it.
  if [[ $(http_code "http://$RETE_RABBITMQ_USER:$RETE_DEV_PASSWORD@127.0.0.1:${PORT[management]}/api/users/guest") == 200 ]]; then
    _rmq_api DELETE users/guest >/dev/null && note "removed the guest user"
  fi
  ok "messaging (RabbitMQ) started on 127.0.0.1:${PORT[amqp]}, management on ${PORT[management]} ($(($(now_ms) - t0)) ms)"
}

_epmd_bin() {
  command -v epmd 2>/dev/null || ls /usr/lib/erlang/erts-*/bin/epmd 2>/dev/null | tail -n 1 || true
}

rmq_stop() {
  local pid
  pid=$(rmq_pid)
  if pid_alive "$pid" || port_open "${PORT[amqp]}"; then
    # `shutdown` returns once the node's OS process has exited.
    if ! rmq_cli rabbitmqctl -q shutdown >/dev/null 2>&1 && pid_alive "$pid"; then
      warn "rabbitmqctl shutdown failed: terminating the broker process"
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    fi
    local i
    for ((i = 0; i < 100; i++)); do
      pid_alive "$pid" || ! port_open "${PORT[amqp]}" && break
      sleep 0.2
    done
    if pid_alive "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; fi
    ok "messaging (RabbitMQ) stopped"
  fi
  rm -f "$RMQ_DIR/server.pid"
  # The instance's private port mapper (started by the broker) goes too.
  local epmd
  epmd=$(_epmd_bin)
  if [[ -n $epmd ]] && port_open "${PORT[epmd]}"; then
    rmq_cli "$epmd" -kill >/dev/null 2>&1 || true
  fi
}

# Creates a vhost and gives the rete user full rights on it.
rmq_create_vhost() { # name
  local enc
  enc=$(urlencode "$1")
  _rmq_api PUT "vhosts/$enc" >/dev/null || die "could not create vhost $1"
  _rmq_api PUT "permissions/$enc/$RETE_RABBITMQ_USER" -d '{"configure":".*","write":".*","read":".*"}' >/dev/null ||
    die "could not set permissions on vhost $1"
}
