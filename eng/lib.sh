# shellcheck shell=bash
# Shared helpers for the launcher: messages, privileges, processes, and the instance (RETE_HOME and its port
# offset). Sourced by ./rete; defines functions only.

RETE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# DEVELOPMENT-ONLY DEFAULTS, published in this repository and bound to 127.0.0.1 (the AppHost's are in
# AppHost/appsettings.Development.json and AppHost/Infrastructure): never for anything shared or in production.
RETE_DEV_PASSWORD=rete-dev-password
RETE_RABBITMQ_USER=rete
RETE_DEV_SIGNING_KEY=rete-development-signing-key-not-for-production
RETE_JWT_ISSUER=rete-dev
RETE_JWT_AUDIENCE=rete

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

# Runs a command as root: directly when root, through sudo otherwise.
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root for: $* (install sudo or run as root)"
  fi
}

now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }

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

# ----- the instance -------------------------------------------------------------------------------
# An instance is a RETE_HOME (state; default <repo>/.rete) with a port offset. The offset of the last `up` is
# remembered in $RETE_HOME/instance, so later commands find the same instance; set in the environment, it wins.
rete_load_instance() {
  RETE_HOME=${RETE_HOME:-$RETE_ROOT/.rete}
  case $RETE_HOME in /*) ;; *) RETE_HOME=$PWD/$RETE_HOME ;; esac
  RETE_HOME=${RETE_HOME%/}
  if [[ -z ${RETE_PORT_OFFSET:-} && -f $RETE_HOME/instance ]]; then
    RETE_PORT_OFFSET=$(sed -n 's/^RETE_PORT_OFFSET=//p' "$RETE_HOME/instance")
  fi
  RETE_PORT_OFFSET=${RETE_PORT_OFFSET:-0}
  [[ $RETE_PORT_OFFSET =~ ^[0-9]+$ ]] && ((RETE_PORT_OFFSET <= 5000)) ||
    die "RETE_PORT_OFFSET must be an integer from 0 to 5000 (got '$RETE_PORT_OFFSET')"
  LOG_DIR=$RETE_HOME/logs
}

rete_save_instance() {
  mkdir -p "$RETE_HOME"
  printf '# written by ./rete: the port offset of this instance\nRETE_PORT_OFFSET=%s\n' "$RETE_PORT_OFFSET" \
    >"$RETE_HOME/instance"
}

# Serialises launcher commands that change one instance: a lock file holding the launcher's pid, removed at
# exit (a lock left by a process that no longer exists is taken over).
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
