#!/usr/bin/env bash
# Runs scikit-learn on the very same data the benchmark generated and prints its times and objectives next to ours.
#
#   1. generate the data and our figures (writes blobs-<n>x<d>.csv, already z-scored):
#        taskset -c 0 java -cp <engine classes, test classes, dependencies> org.custseg.engine.bench.SegmentationBenchmark \
#          --rows 100000 --cols 5,17 --tasks fast-kmeans,fast-kmeans-single,fast-em \
#          --write-csv '/tmp/bench/blobs-{n}x{d}.csv' > ours.txt
#      (1,000,000 rows: --rows 1000000 --cols 17 --weka-kmeans-max-rows 0 --em-max-rows 100000)
#   2. bench/peers.sh ours.txt /tmp/bench/blobs-100000x5.csv /tmp/bench/blobs-100000x17.csv
#      (CSV reading only: add the task csv-read in step 1 and run this with PEERS_CSV_ONLY=1; for a bank-like file
#       with an id and text columns: python3 bench/make_bank_csv.py 1000000 /tmp/bank.csv, then the benchmark with
#       --tasks csv-read --csv-file /tmp/bank.csv --rows 1 --cols 1, then this script on /tmp/bank.csv)
#      (EM only: step 1 with --tasks fast-em --weka-em-max-rows 0 [--em-k K --em-max-rows 1000000], then this with
#       PEERS_EM_ONLY=1 [PEERS_EM_K=K] [PEERS_REPEAT=R: R fits, the fastest counted]; alternate the two for fairness)
#
# Uses Debian's python3-sklearn (installed with apt-get when missing and run as root) through /usr/bin/python3
# (a pyenv python3 on PATH would lack it). scikit-learn runs on one thread (OMP/OpenBLAS threads = 1, and the whole
# script is pinned to CPU 0 with taskset when available); our single-thread figures come from ours.txt.
# Times are CPU seconds on both sides (process_time here, the cpu s column of ours.txt), as the machine is shared.
# Settings mirror the benchmark: k-means k=8, lloyd, n_init=10, k-means++ (greedy, sklearn's default), max_iter 500;
# GaussianMixture k=3, covariance 'diag', init k-means, max_iter 100, tol 1e-6 (average log-likelihood), seed 1.
set -euo pipefail
ours="$1"; shift
PY=/usr/bin/python3
if ! "$PY" -c 'import sklearn, fastcluster' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y python3-sklearn python3-pandas python3-fastcluster >/dev/null
  else
    echo "python3-sklearn or python3-fastcluster is missing: run 'sudo apt-get install -y python3-sklearn python3-pandas python3-fastcluster'" >&2; exit 2
  fi
fi
PIN=""
command -v taskset >/dev/null && PIN="taskset -c 0"
for csv in "$@"; do
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $PIN "$PY" - "$csv" "$ours" <<'PYEOF'
import re, sys, time, resource
import numpy as np, pandas as pd
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture
csv, ours = sys.argv[1], sys.argv[2]
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.process_time()  # read_csv, then the numeric columns as a float64 matrix (all of them for the blobs)
x = pd.read_csv(csv).select_dtypes(include="number").to_numpy(dtype=np.float64); t_read = time.process_time() - t
rss_read = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024  # peak RSS growth while reading, MB
import os
if os.environ.get("PEERS_CSV_ONLY"):  # only the CSV reading (compare with ours.txt's csv-read row)
    print(f"## {x.shape[0]} x {x.shape[1]} ({csv}); pandas.read_csv {t_read:.3f} s, peak RSS growth {rss_read:.0f} MB")
    for line in open(ours):
        if "CSV read" in line:
            print(line.rstrip())
    sys.exit(0)
n, d = x.shape
if os.environ.get("PEERS_EM_ONLY"):  # only the diagonal Gaussian mixture (compare with ours.txt's fast EM row)
    em_k = int(os.environ.get("PEERS_EM_K", "3"))
    times = []
    for _ in range(int(os.environ.get("PEERS_REPEAT", "1"))):
        t = time.process_time()
        gm = GaussianMixture(n_components=em_k, covariance_type="diag", max_iter=100, tol=1e-6, random_state=1).fit(x)
        times.append(time.process_time() - t)
    ll = gm.score(x) * n
    et, en = float("nan"), ""
    for line in open(ours):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 8 and cells[1] == f"EM k={em_k} fast engine, 1 thread" and cells[2] == str(n) and cells[3] == str(d):
            et, en = float(cells[5] or "nan"), cells[8]
    m = re.search(r"logL ([-0-9.e+]+)", en)
    ours_ll = float(m.group(1)) if m else float("nan")
    print(f"| EM diag k={em_k}, {n} x {d} | ours {et:.3f} s, logL {ours_ll:.10g} | sklearn {min(times):.3f} s"
          f" (runs: {' '.join(f'{v:.3f}' for v in times)}), logL {ll:.10g}, {gm.n_iter_} iterations,"
          f" converged {gm.converged_} | time ours/sklearn {et / min(times):.3f} | logL ours - sklearn {ours_ll - ll:.4g} |")
    sys.exit(0)
t = time.process_time()
km = KMeans(n_clusters=8, n_init=10, algorithm="lloyd", max_iter=500, tol=0, random_state=1).fit(x)
t_km = time.process_time() - t
t = time.process_time()
gm = GaussianMixture(n_components=3, covariance_type="diag", max_iter=100, tol=1e-6, random_state=1).fit(x)
t_gm = time.process_time() - t
ll = gm.score(x) * n
t = time.process_time()
singles = [KMeans(n_clusters=8, n_init=1, algorithm="lloyd", max_iter=500, tol=0, random_state=r).fit(x).inertia_
           for r in range(1, 11)]
t_single = time.process_time() - t
# our figures for this size: cpu s of the single-thread rows (CPU time on both sides: the machine is shared)
mine = {}
for line in open(ours):
    cells = [c.strip() for c in line.split("|")]
    if len(cells) > 8 and cells[2] == str(n) and cells[3] == str(d):
        mine[cells[1]] = (float(cells[5] or "nan"), cells[8])
def num(s, key):
    m = re.search(key + r" ([-0-9.e+]+)", s); return float(m.group(1)) if m else float("nan")
print(f"## {n} x {d} ({csv}); pandas.read_csv {t_read:.3f} s, peak RSS growth {rss_read:.0f} MB")
rt, rn = mine.get("CSV read + feature selection (" + csv.split("/")[-1] + ")", (float("nan"), ""))
if rt == rt:
    print(f"| CSV read | ours {rt:.3f} s | pandas.read_csv {t_read:.3f} s | time ours/pandas {rt / t_read:.3f} |")
kt, kn = mine.get("k-means fast, 1 thread", (float("nan"), ""))
print(f"| k-means k=8, 10 runs | ours {kt:.3f} s, SSE {num(kn, 'SSE'):.8g} | sklearn {t_km:.3f} s, SSE {km.inertia_:.8g} |"
      f" time ours/sklearn {kt / t_km:.3f} | SSE ours/sklearn {num(kn, 'SSE') / km.inertia_:.6f} |")
et, en = mine.get("EM k=3 fast engine, 1 thread", (float("nan"), ""))
print(f"| EM diag k=3 | ours {et:.3f} s, logL {num(en, 'logL'):.10g} | sklearn {t_gm:.3f} s, logL {ll:.10g} |"
      f" time ours/sklearn {et / t_gm:.3f} | logL ours - sklearn {num(en, 'logL') - ll:.4g} |")
sn = mine.get("k-means fast, single runs (seeds 1..10)", (float("nan"), ""))[1]
print(f"| k-means k=8, 1 run, seeds 1..10 | ours mean SSE {num(sn, 'mean SSE'):.8g} | sklearn n_init=1 random_state 1..10:"
      f" {t_single:.3f} s, mean SSE {np.mean(singles):.8g} ({' '.join(f'{v:.1f}' for v in singles)}) |"
      f" SSE ours/sklearn {num(sn, 'mean SSE') / np.mean(singles):.6f} |")
print(f"peak RSS of this python process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
PYEOF
done
