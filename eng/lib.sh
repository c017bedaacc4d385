# shellcheck shell=bash
# Shared helpers for the launcher: messages, privileges, ports, processes, and the instance (which
# RETE_HOME and which ports). Sourced by ./rete and the eng/*.sh scripts; defines functions only.

RETE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
# shellcheck source=eng/resources.sh
source "$RETE_ROOT/eng/resources.sh"

# ----- messages (all on stderr: stdout is kept for data such as ./rete token) -----------------------
if [[ -t 2 && -z ${NO_COLOR:-} ]]; then
  _c_info=$'\e[1;34m' _c_ok=$'\e[32m' _c_warn=$'\e[33m' _c_err=$'\e[1;31m' _c_dim=$'\e[2m' _c_off=$'\e[0m'
else
  _c_info='' _c_ok='' _c_warn='' _c_err='' _c_dim='' _c_off=''
fi
info() { printf '%s==>%s %s\n' "$_c_info" "$_c_off" "$*" >&2; }
ok()   { printf '    %s%s%s\n' "$_c_ok" "$*" "$_c_off" >&2; }
note() { printf '    %s\n' "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$_c_warn" "$_c_off" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_c_err" "$_c_off" "$*" >&2; exit 1; }

# Prints the last lines of a log file, indented, to stderr.
show_tail() { # file [lines]
  local file=$1 lines=${2:-30}
  if [[ -s $file ]]; then
    printf '%s--- last %s lines of %s ---%s\n' "$_c_dim" "$lines" "$file" "$_c_off" >&2
    tail -n "$lines" "$file" | sed 's/^/    /' >&2
    printf '%s---%s\n' "$_c_dim" "$_c_off" >&2
  else
    note "(no log at $file)"
  fi
}

# ----- privileges ---------------------------------------------------------------------------------
is_root() { [[ $EUID -eq 0 ]]; }

# Runs a command as root: directly when root, through sudo otherwise.
as_root() {
  if is_root; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root for: $* (install sudo or run as root)"
  fi
}

# ----- time, ports, processes ---------------------------------------------------------------------
now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }

# True when something accepts TCP connections on 127.0.0.1:port.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when the pid exists (and, if given, its command line contains the pattern).
pid_alive() { # pid [pattern]
  local pid=$1 pattern=${2:-}
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -z $pattern ]] && return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern"
}

read_pid() { [[ -f $1 ]] && tr -dc '0-9' <"$1" || true; }

# HTTP status code of a GET (000 when nothing answers).
http_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true; }

# Random lowercase hex string.
random_hex() { od -An -N"${1:-4}" -tx1 /dev/urandom | tr -d ' \n'; }

# Percent-encodes a string for use inside a URI.
urlencode() {
  local s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

# ----- the instance -------------------------------------------------------------------------------
# An instance is a RETE_HOME (state) with a port offset. RETE_HOME defaults to <repo>/.rete.
# The offset (and RETE_GATEWAY_PORT) used by the last `up` is remembered in $RETE_HOME/instance, so
# `down`, `status` and `logs` find the same instance without repeating them; set in the environment,
# they win.
rete_load_instance() {
  RETE_HOME=${RETE_HOME:-$RETE_ROOT/.rete}
  case $RETE_HOME in /*) ;; *) RETE_HOME=$PWD/$RETE_HOME ;; esac
  RETE_HOME=${RETE_HOME%/}

  local stored_offset='' stored_gateway='' stored_ephemeral='' key value
  if [[ -f $RETE_HOME/instance ]]; then
    while IFS='=' read -r key value; do
      case $key in
        RETE_PORT_OFFSET) stored_offset=$value ;;
        RETE_GATEWAY_PORT) stored_gateway=$value ;;
        RETE_PG_EPHEMERAL) stored_ephemeral=$value ;;
      esac
    done <"$RETE_HOME/instance"
  fi
  RETE_STORED_OFFSET=$stored_offset RETE_STORED_GATEWAY_PORT=$stored_gateway
  if [[ -z ${RETE_PORT_OFFSET:-} ]]; then
    RETE_PORT_OFFSET=${stored_offset:-0}
    [[ -z ${RETE_GATEWAY_PORT:-} && -n $stored_gateway ]] && RETE_GATEWAY_PORT=$stored_gateway
  fi
  RETE_PG_EPHEMERAL=${RETE_PG_EPHEMERAL:-${stored_ephemeral:-0}}
  [[ $RETE_PORT_OFFSET =~ ^[0-9]+$ ]] || die "RETE_PORT_OFFSET must be a non-negative integer (got '$RETE_PORT_OFFSET')"
  if [[ -n ${RETE_GATEWAY_PORT:-} && ! $RETE_GATEWAY_PORT =~ ^[0-9]+$ ]]; then
    die "RETE_GATEWAY_PORT must be a port number (got '$RETE_GATEWAY_PORT')"
  fi

  declare -gA PORT=()
  local name
  for name in "${!RETE_BASE_PORT[@]}"; do
    PORT[$name]=$((RETE_BASE_PORT[$name] + RETE_PORT_OFFSET))
  done
  [[ -n ${RETE_GATEWAY_PORT:-} ]] && PORT[gateway]=$RETE_GATEWAY_PORT
  for name in "${!PORT[@]}"; do
    ((PORT[$name] > 0 && PORT[$name] < 65536)) || die "port for $name out of range (${PORT[$name]}): lower RETE_PORT_OFFSET"
  done

  PG_DIR=$RETE_HOME/pg
  RMQ_DIR=$RETE_HOME/rabbitmq
  LOG_DIR=$RETE_HOME/logs
  PID_DIR=$RETE_HOME/pids
}

# Remembers the instance's ports for later commands.
rete_save_instance() {
  mkdir -p "$RETE_HOME"
  {
    echo "# written by ./rete: the ports of this instance (RETE_HOME)"
    echo "RETE_PORT_OFFSET=$RETE_PORT_OFFSET"
    [[ -n ${RETE_GATEWAY_PORT:-} ]] && echo "RETE_GATEWAY_PORT=$RETE_GATEWAY_PORT"
    echo "RETE_PG_EPHEMERAL=$RETE_PG_EPHEMERAL"
  } >"$RETE_HOME/instance"
}

# Serialises launcher commands that change one instance: a lock file holding the launcher's pid,
# removed at exit (a lock left by a process that no longer exists is taken over).
RETE_LOCKS=()
rete_lock() { # name [seconds to wait]
  local file=$RETE_HOME/.$1.lock wait_s=${2:-0} holder i
  mkdir -p "$RETE_HOME"
  for ((i = 0; ; i++)); do
    if (set -o noclobber && echo "$$" >"$file") 2>/dev/null; then
      RETE_LOCKS+=("$file")
      return 0
    fi
    holder=$(read_pid "$file")
    if ! pid_alive "$holder"; then
      rm -f "$file"
      continue
    fi
    ((i == 0 && wait_s > 0)) && note "waiting for another ./rete (pid $holder) using $RETE_HOME"
    ((i >= wait_s * 2)) && die "another ./rete (pid $holder) is using $RETE_HOME ($file)"
    sleep 0.5
  done
}

# Exit handling for ./rete: registered hooks run once, then the locks go.
RETE_EXIT_HOOKS=()
rete_on_exit() {
  local rc=$? hook
  trap - EXIT
  set +e
  for hook in "${RETE_EXIT_HOOKS[@]}"; do "$hook" "$rc"; done
  ((${#RETE_LOCKS[@]})) && rm -f "${RETE_LOCKS[@]}"
  exit "$rc"
}

# Connection strings of this instance (Aspire's forms).
pg_connection_string() { # [database]
  local s="Host=127.0.0.1;Port=${PORT[postgres]};Username=$RETE_PG_SUPERUSER;Password=$RETE_DEV_PASSWORD"
  [[ -n ${1:-} ]] && s+=";Database=$1"
  printf '%s' "$s"
}
amqp_uri() { # [vhost]
  printf 'amqp://%s:%s@127.0.0.1:%s/%s' "$RETE_RABBITMQ_USER" "$(urlencode "$RETE_DEV_PASSWORD")" \
    "${PORT[amqp]}" "$(urlencode "${1:-}")"
}
management_url() { printf 'http://127.0.0.1:%s' "${PORT[management]}"; }
