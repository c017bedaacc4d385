# shellcheck shell=bash
# What the AppHost cannot do for itself: installing PostgreSQL, RabbitMQ and the build's tools from the OS
# packages. The AppHost runs them (AppHost/Infrastructure/LocalInfrastructure.cs). Requires eng/lib.sh.

_apt_updated=0

# The versions and places the AppHost expects.
RETE_PG_VERSION=15
RETE_PG_BIN=/usr/lib/postgresql/$RETE_PG_VERSION/bin
RETE_RABBITMQ_BIN=/usr/lib/rabbitmq/bin

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
  [[ -x $RETE_PG_BIN/postgres ]] || pkgs+=("postgresql-$RETE_PG_VERSION")
  [[ -x $RETE_RABBITMQ_BIN/rabbitmq-server ]] || pkgs+=(rabbitmq-server)
  local tool
  for tool in curl openssl; do command -v "$tool" >/dev/null 2>&1 || pkgs+=("$tool"); done
  # The web application's build restores Bootstrap Italia with npm (web/FrontEnd.targets).
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
  ((${#pkgs[@]} == 0)) && return 0
  _apt_install "${pkgs[@]}"
  [[ -x $RETE_PG_BIN/postgres ]] || die "PostgreSQL not found at $RETE_PG_BIN after installing"
  [[ -x $RETE_RABBITMQ_BIN/rabbitmq-server ]] || die "RabbitMQ not found at $RETE_RABBITMQ_BIN after installing"
}

require_dotnet() { command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH; install the SDK named in global.json"; }
