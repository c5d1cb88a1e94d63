#!/usr/bin/env bash
# End to end: `./segment`'s default job (the README's main job) against the matching scikit-learn pipeline
# (bench/e2e_sklearn.py) on the same bank-like CSV, on one core (taskset -c 0) and on all cores, with CPU time,
# wall time and peak RSS from /usr/bin/time -v. Ours runs twice per core setting: the default job, and the same with
# --stability 0 (the like-for-like figure: scikit-learn's pipeline has no stability assessment, profile or report). Issue 13's target: ours <= 1.0x scikit-learn, peak RSS <= 1 GB,
# faster on two cores than on one.
#
#   bench/e2e.sh [ROWS] [WORKDIR]        (default 1000000 rows, /tmp/custseg-e2e)
#   JAVA_OPTS=-Xmx1g bench/e2e.sh ...    (JVM options for ours, as ./segment takes them)
#   E2E_CSV=/path/file.csv bench/e2e.sh  (use an existing CSV whose first column is the id instead of generating one)
#
# Needs Debian's python3-sklearn and python3-pandas (installed with apt-get when run as root), GNU time
# (/usr/bin/time) and taskset. The engine is built by ./segment when missing or older than its sources.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
work="${2:-/tmp/custseg-e2e}"
PY=/usr/bin/python3
if ! "$PY" -c 'import sklearn, pandas' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y python3-sklearn python3-pandas >/dev/null
  else
    echo "python3-sklearn or python3-pandas is missing: sudo apt-get install -y python3-sklearn python3-pandas" >&2; exit 2
  fi
fi
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
mkdir -p "$work"
csv="${E2E_CSV:-$work/bank-$rows.csv}"
[ -f "$csv" ] || "$PY" "$here/bench/e2e_data.py" "$rows" "$csv"
# build (if needed) before timing anything
"$here/segment" --version >/dev/null

measure() { # label, command...: prints one line with cpu, wall, peak RSS
  local label="$1"; shift
  local t="$work/time.txt"
  /usr/bin/time -v "$@" > "$work/stdout.txt" 2> "$t" || { echo "$label failed:"; tail -20 "$t"; exit 1; }
  local user sys wall rss
  user=$(awk -F': ' '/User time/ {print $2}' "$t"); sys=$(awk -F': ' '/System time/ {print $2}' "$t")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$t" | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$t")
  echo "$label|$(echo "$user + $sys" | bc)|$wall|$((rss / 1024))"
}

results=()
ours() { # label, pin..., -- extra options
  local label="$1"; shift
  rm -rf "$work/out"
  results+=("$(measure "$label" "$@")")
  grep -E "Chosen k|Segment [0-9]+ " "$work/stdout.txt" | head -12 | sed 's/^/    /' >&2 || true
}
sk() { # label, threads, pin...
  local label="$1" threads="$2"; shift 2
  results+=("$(OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=1 measure "$label" "$@" "$PY" "$here/bench/e2e_sklearn.py" "$csv")")
  sed 's/^/    /' "$work/stdout.txt" >&2
}
# 0: the default job; 1: the same without the stability assessment (scikit-learn's pipeline has none); 2: scikit-learn
ours "ours, default job, one core" taskset -c 0 "$here/segment" --input "$csv" --out "$work/out"
ours "ours, --stability 0, one core" taskset -c 0 "$here/segment" --input "$csv" --out "$work/out" --stability 0
sk "scikit-learn, one core" 1 taskset -c 0
# 3, 4, 5: the same on all cores
ours "ours, default job, all cores" "$here/segment" --input "$csv" --out "$work/out"
ours "ours, --stability 0, all cores" "$here/segment" --input "$csv" --out "$work/out" --stability 0
sk "scikit-learn, all cores" "$(nproc)"
echo "| run | cpu s | wall s | peak RSS MB |"
echo "|---|---:|---:|---:|"
for r in "${results[@]}"; do echo "| ${r//|/ | } |"; done
cpu() { echo "${results[$1]}" | cut -d'|' -f2; }
wall() { echo "${results[$1]}" | cut -d'|' -f3; }
ratio() { echo "scale=2; $1 / $2" | bc; }
echo "ours/scikit-learn, one core:  default job cpu $(ratio "$(cpu 0)" "$(cpu 2)"), wall $(ratio "$(wall 0)" "$(wall 2)");" \
  "without stability cpu $(ratio "$(cpu 1)" "$(cpu 2)"), wall $(ratio "$(wall 1)" "$(wall 2)")"
echo "ours/scikit-learn, all cores: default job cpu $(ratio "$(cpu 3)" "$(cpu 5)"), wall $(ratio "$(wall 3)" "$(wall 5)");" \
  "without stability cpu $(ratio "$(cpu 4)" "$(cpu 5)"), wall $(ratio "$(wall 4)" "$(wall 5)")"
echo "ours, all cores / one core, wall: default job $(ratio "$(wall 3)" "$(wall 0)"), without stability $(ratio "$(wall 4)" "$(wall 1)")"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
