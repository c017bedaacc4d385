# Helpers shared by bench/run and its sections (bench/sections/*.sh). Sourced, not run.

# The instance's layout, as the AppHost gives it (AppHost/RetePorts.cs, ServiceDefaults/ReteResources.cs); every
# port is shifted by RETE_PORT_OFFSET.
declare -A RETE_BASE_PORT=(
  [gateway]=8080 [identity]=5100 [registry]=5101 [grants]=5102 [placements]=5103 [referrals]=5104 [indicators]=5105
  [web]=5106 [postgres]=25432 [amqp]=25672 [management]=25673 [ceiling]=5190
)
declare -A RETE_SERVICE_DB_NAME=(
  [identity]=identity [registry]=registry [grants]=grants [placements]=placements [referrals]=referrals [indicators]=indicators
)
declare -A RETE_PROJECT=(
  [identity]=services/Identity/Rete.Identity.csproj [registry]=services/Registry/Rete.Registry.csproj
  [grants]=services/Grants/Rete.Grants.csproj [placements]=services/Placements/Rete.Placements.csproj
  [referrals]=services/Referrals/Rete.Referrals.csproj [indicators]=services/Indicators/Rete.Indicators.csproj
  [gateway]=gateway/Rete.Gateway.csproj [web]=web/Rete.Web.csproj
)
RETE_PG_SUPERUSER=postgres
RETE_CONFIGURATION=Release
RETE_TARGET_FRAMEWORK=net10.0
say() { printf '==> %s\n' "$*" >&2; }
rete() { "$ROOT/rete" "$@"; }
token() { rete token --tenant "$1" --role "${2:-operator}"; }
bench() { dotnet "$BENCH_DLL" "$@"; }
now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }

# The tenants the services must know (Tenancy:Tenants) and ./rete token accepts (RETE_TENANTS): the registry and
# ceiling sections' own, and those another section lists in bench/sections/NAME.tenants (one per line).
bench_tenants() { # runs levels...
  local runs=$1 r c s
  shift
  echo bench-overhead bench-g1k bench-g10k bench-g100k
  # The development tenants (the seeds' own): the people and indicators sections load their region data there.
  for s in "$ROOT"/seeds/data/*.json; do s=${s##*/}; [[ $s == *.*.json ]] || echo "${s%.json}"; done
  for ((r = 1; r <= runs; r++)); do
    for c in "$@"; do echo "bench-r$r-c$c-w"; done
    echo "bench-lag$r-i" "bench-otel-on-$r-w" "bench-otel-off-$r-w"
  done
  for s in "${AVAILABLE[@]}"; do [[ -f $ROOT/bench/sections/$s.tenants ]] && grep -v '^#' "$ROOT/bench/sections/$s.tenants"; done
  return 0
}

# ----- statistics -----------------------------------------------------------------------------------
# min / median / max of numbers, formatted with the given printf format.
mmm() { # format values...  ("-" if any value is missing: a percentile hey did not print)
  local fmt=$1
  shift
  [[ " $* " == *" - "* ]] && { echo "-"; return; }
  printf '%s\n' "$@" | sort -g | awk -v f="$fmt" '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    if (NR == 1) printf f, v[1]; else printf f " / " f " / " f, v[1], m, v[NR] }'
}
med() { [[ " $* " == *" - "* ]] && { echo "-"; return; }; printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; } # key line

# Runs hey and prints "rps p50_ms p99_ms errors": errors are non-2xx answers plus transport errors. A percentile hey
# does not print (p99 needs at least 100 requests) comes out "-", never 0: verdict then says it was not measured.
hey_run() { # hey arguments...  (hey's own CPU seconds, user+system, go to $WORK/hey.cpu)
  local out TIMEFORMAT='%3U %3S'
  out=$({ time hey "$@" 2>&1; } 2>"$WORK/hey.time") || true
  awk '{ print $1 + $2 }' "$WORK/hey.time" >"$WORK/hey.cpu" 2>/dev/null || true
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +50% in/ { p50 = $3 * 1000 }
    /^ +99% in/ { p99 = $3 * 1000 }
    /^Status code distribution:/ { section = "status"; next }
    /^Error distribution:/ { section = "error"; next }
    section == "status" && match($0, /\[[0-9]+\][ \t]+[0-9]+/) {
      split(substr($0, RSTART, RLENGTH), p, /[][ \t]+/); if (p[2] !~ /^2/) bad += p[3]; ok += (p[2] ~ /^2/) ? p[3] : 0 }
    section == "error" && match($0, /\[[0-9]+\]/) { n = substr($0, RSTART + 1, RLENGTH - 2); bad += n }
    END { printf "%.0f %s %s %d\n", rps, p50 == "" ? "-" : sprintf("%.2f", p50), p99 == "" ? "-" : sprintf("%.2f", p99), bad + 0 }' <<<"$out"
}

# ----- the instance's processes ---------------------------------------------------------------------
# Every process of the instance inherits RETE_INSTANCE from ./rete up (eng/commands.sh); a service is the one whose
# command line runs its build output (Rete.Registry, or Rete.Registry.dll under dotnet), started by the AppHost or
# alone by the bench with the AppHost's environment.
instance_procs() { grep -lsxzF "RETE_INSTANCE=$RETE_HOME" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3; }
cmdline_of() { tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline"; }
pid_of() { # name: a service (registry, grants, gateway, ...), postgres or messaging
  local p cmd exe
  case $1 in
    postgres) head -n 1 "$RETE_HOME/pg/data/postmaster.pid" 2>/dev/null | tr -dc '0-9'; return ;;
    messaging) pgrep -f "beam.smp.*$RETE_HOME/rabbitmq" | head -n 1 || true; return ;;
  esac
  exe=Rete.${1^}
  for p in $(instance_procs); do
    cmd=$(cmdline_of "$p")
    [[ $cmd == *"/$exe "* || $cmd == *"/$exe.dll "* || $cmd == "$exe "* ]] && { echo "$p"; return; }
  done
  return 0
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$(pid_of "$1")/status" 2>/dev/null; }
# CPU time (clock ticks, user + system) of the instance's parts, for the CPU cost of a write.
proc_ticks() { local p t=0 v; for p in "$@"; do v=$(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null) && t=$((t + v)); done; echo "$t"; }
# Milliseconds of CPU per operation, from a number of clock ticks.
ms_per() { awk -v d="$1" -v hz="$(getconf CLK_TCK)" -v n="$2" 'BEGIN { printf "%.2f", d * 1000 / hz / n }'; } # ticks operations
# A part's CPU ticks. PostgreSQL's backends come and go with the pools: the postmaster's cutime/cstime keep the time of
# those that exited, so a backend that ends between two readings is still counted (not a negative figure).
part_ticks() { # name
  if [[ $1 == postgres ]]; then
    local pm
    pm=$(pid_of postgres)
    echo $(($(awk '{ print $16 + $17 }' "/proc/$pm/stat" 2>/dev/null || echo 0) + $(proc_ticks $(part_pids postgres))))
  else
    proc_ticks $(part_pids "$1")
  fi
}
part_pids() {
  case $1 in
    postgres) local pm; pm=$(pid_of postgres); echo "$pm" $(ps -o pid= --ppid "$pm") ;;
    messaging) pgrep -f "beam.smp.*$RETE_HOME/rabbitmq" || true ;;
    *) pid_of "$1" ;;
  esac
}
# Milliseconds from the creation of a process (/proc/PID/stat) until now.
# Both from boot (/proc/uptime, in hundredths): btime is whole seconds, too coarse for a start time.
ms_since_start() { # pid
  awk -v hz="$(getconf CLK_TCK)" -v ticks="$(awk '{ print $22 }' "/proc/$1/stat")" \
    '{ printf "%.0f\n", $1 * 1000 - ticks * 1000 / hz }' /proc/uptime
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
url_of() { if [[ $1 == gateway ]]; then echo "$GATEWAY"; else echo "http://127.0.0.1:$((RETE_BASE_PORT[$1] + OFF))"; fi; }

errsum() { local s=0 v; for v in "$@"; do s=$((s + v)); done; echo "$s"; }
verdict() { # value limit: met when value < limit; a missing value ("-", empty) is not measured, never met
  [[ $1 =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo '**not measured**'; return; }
  if awk -v v="$1" -v lim="$2" 'BEGIN { exit !(v < lim) }'; then echo met; else echo '**missed**'; fi; }
