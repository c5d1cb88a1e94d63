#!/usr/bin/python3
"""The scikit-learn pipeline that matches `./segment`'s default job (bench/e2e.sh runs it next to ours).

  /usr/bin/python3 bench/e2e_sklearn.py IN.csv [ID_COLUMN]

Read the CSV (pandas), drop the id column, z-score every column (StandardScaler: population standard deviation, as
ours), KMeans for k = 2..8 (lloyd, n_init=10, k-means++, scikit-learn's default tolerance, random_state 1), the
silhouette of each k on a seeded sample of 10,000 rows (ours: exact up to 10,000 rows, a seeded sample of 10,000
above), the k with the highest silhouette kept. Prints the chosen k, the segment sizes, CPU and wall seconds.
It writes nothing: our job also profiles, assesses stability, recommends and writes 11 files, which this does not.
"""
import sys
import time
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

t_cpu, t_wall = time.process_time(), time.time()
df = pd.read_csv(sys.argv[1])
idc = sys.argv[2] if len(sys.argv) > 2 else df.columns[0]
x = StandardScaler().fit_transform(df.drop(columns=[idc]).to_numpy(dtype=np.float64))
t_read = time.process_time() - t_cpu
best = None
for k in range(2, 9):
    km = KMeans(n_clusters=k, n_init=10, algorithm="lloyd", random_state=1).fit(x)
    s = silhouette_score(x, km.labels_, sample_size=min(10000, x.shape[0]), random_state=1)
    if best is None or s > best[1]:
        best = (k, s, km.labels_)
sizes = sorted(np.bincount(best[2]).tolist(), reverse=True)
print(f"scikit-learn: chosen k = {best[0]} (silhouette {best[1]:.3f}), sizes {sizes}; read+scale cpu {t_read:.1f} s;"
      f" total cpu {time.process_time() - t_cpu:.1f} s, wall {time.time() - t_wall:.1f} s")
