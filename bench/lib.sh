# Helpers shared by bench/run and its sections (bench/sections/*.sh). Sourced, not run.
say() { printf '==> %s\n' "$*" >&2; }
rete() { "$ROOT/rete" "$@"; }
token() { rete token --tenant "$1" --role "${2:-operator}"; }
bench() { dotnet "$BENCH_DLL" "$@"; }
now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }

# ----- statistics -----------------------------------------------------------------------------------
# min / median / max of numbers, formatted with the given printf format.
mmm() { # format values...
  local fmt=$1
  shift
  printf '%s\n' "$@" | sort -g | awk -v f="$fmt" '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    if (NR == 1) printf f, v[1]; else printf f " / " f " / " f, v[1], m, v[NR] }'
}
med() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; } # key line

# Runs hey and prints "rps p50_ms p99_ms errors": errors are non-2xx answers plus transport errors.
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
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad + 0 }' <<<"$out"
}

pid_of() { tr -dc '0-9' 2>/dev/null <"$RETE_HOME/pids/$1.pid"; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$(pid_of "$1")/status"; }
# CPU time (clock ticks, user + system) of the instance's parts, for the CPU cost of a write.
proc_ticks() { local p t=0 v; for p in "$@"; do v=$(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null) && t=$((t + v)); done; echo "$t"; }
part_pids() {
  case $1 in
    postgres) local pm; pm=$(head -n 1 "$RETE_HOME/pg/data/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm") ;;
    messaging) pgrep -f "beam.smp.*$RETE_HOME/rabbitmq" || true ;;
    *) pid_of "$1" ;;
  esac
}
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
url_of() { if [[ $1 == gateway ]]; then echo "$GATEWAY"; else echo "http://127.0.0.1:$((RETE_BASE_PORT[$1] + OFF))"; fi; }

errsum() { local s=0 v; for v in "$@"; do s=$((s + v)); done; echo "$s"; }
verdict() { if awk -v v="$1" -v lim="$2" 'BEGIN { exit !(v < lim) }'; then echo met; else echo '**missed**'; fi; }
