#!/usr/bin/python3
"""Ward on the very same rows with fastcluster's linkage_vector, against our fast Ward (issue 13).

  1. ours (writes the rows and our k=8 cut):
       taskset -c 0 java -cp <classes> org.custseg.engine.bench.SegmentationBenchmark --rows 8950 --cols 17 \
         --tasks ward --write-csv '/tmp/w-{n}x{d}.csv' --write-labels /tmp/w-labels.txt
  2. OMP_NUM_THREADS=1 taskset -c 0 /usr/bin/python3 bench/ward_fastcluster.py /tmp/w-8950x17.csv /tmp/w-labels.txt 8

Other data: `--centers 1` (one Gaussian, no cluster structure), `--rows 20000`; `--wrapper-hier-max-rows 0` skips the
run through the wrapper. Alternate ours / this script a few rounds, both pinned (BENCHMARKS.md, "Fast Ward against
fastcluster").

Needs Debian's python3-fastcluster (bench/peers.sh installs it). Prints fastcluster's CPU seconds (3 runs) and whether
its k-cut is the same partition as ours (label numbers may differ).
"""
import sys, time
import numpy as np, pandas as pd, fastcluster
from scipy.cluster.hierarchy import fcluster

x = pd.read_csv(sys.argv[1]).to_numpy(dtype=np.float64)
k = int(sys.argv[3]) if len(sys.argv) > 3 else 8
for _ in range(3):
    t = time.process_time()
    z = fastcluster.linkage_vector(x, method="ward")
    print(f"fastcluster linkage_vector(method='ward') {x.shape[0]} x {x.shape[1]}: cpu {time.process_time() - t:.3f} s")
theirs = fcluster(z, k, criterion="maxclust")
ours = np.loadtxt(sys.argv[2], dtype=int)
pairs = set(zip(ours.tolist(), theirs.tolist()))
same = len(pairs) == k and len(set(ours.tolist())) == k and len(set(theirs.tolist())) == k
print(f"k={k} cut: {len(pairs)} distinct (ours, fastcluster) label pairs; same partition: {same}")
