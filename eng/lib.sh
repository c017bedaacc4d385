# shellcheck shell=bash
# Shared helpers for the launcher: messages, privileges, processes, and the instance (RETE_HOME and its port
# offset). Sourced by ./rete; defines functions only.

RETE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# DEVELOPMENT-ONLY DEFAULTS, published in this repository and bound to 127.0.0.1 (the AppHost's are in
# AppHost/appsettings.Development.json and AppHost/Infrastructure): never for anything shared or in production.
RETE_DEV_PASSWORD=rete-dev-password
RETE_RABBITMQ_USER=rete
# The seeded Identity users' password (services/Identity, docs/identity.md).
RETE_WEB_DEV_PASSWORD=Rete-sviluppo-2026

# ----- messages (all on stderr: stdout is kept for data such as ./rete token) -----------------------
if [[ -t 2 && -z ${NO_COLOR:-} ]]; then
  _c_info=$'\e[1;34m' _c_ok=$'\e[32m' _c_warn=$'\e[33m' _c_err=$'\e[1;31m' _c_off=$'\e[0m'
else
  _c_info='' _c_ok='' _c_warn='' _c_err='' _c_off=''
fi
info() { printf '%s==>%s %s\n' "$_c_info" "$_c_off" "$*" >&2; }
ok()   { printf '    %s%s%s\n' "$_c_ok" "$*" "$_c_off" >&2; }
note() { printf '    %s\n' "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$_c_warn" "$_c_off" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_c_err" "$_c_off" "$*" >&2; exit 1; }

# Prints the last lines of a log file, indented, to stderr.
show_tail() { # file [lines]
  note "--- last ${2:-30} lines of $1 ---"
  tail -n "${2:-30}" "$1" 2>/dev/null | sed 's/^/    /' >&2
}

# Runs a command as root: directly when root, through sudo otherwise.
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root for: $* (install sudo or run as root)"
  fi
}

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

# Serialises launcher commands that change one instance. The kernel drops the lock when the last process holding
# RETE_LOCK_FD exits: what ./rete leaves running must close it.
rete_lock() { # name [seconds to wait]
  mkdir -p "$RETE_HOME"
  exec {RETE_LOCK_FD}>"$RETE_HOME/.$1.lock"
  flock -w "${2:-0}" "$RETE_LOCK_FD" || die "another ./rete is using $RETE_HOME ($1)"
}

