#!/usr/bin/python3
"""Writes a bank-like customer table for the end-to-end benchmark (bench/e2e.sh): an id column and 17 numeric columns.

  /usr/bin/python3 bench/e2e_data.py ROWS OUT.csv [SEED]

Eight latent customer groups; per group: log-normal amounts (balance, credit limit, monthly spend, cash advance,
payments, minimum payment; 2 decimals), counts (cards, purchases, branch visits, calls, online logins, complaints;
Poisson, whole numbers), shares in [0, 1] (purchase frequency, one-off share, instalment share, full-payment share;
4 decimals) and tenure in months. Column values are skewed as in real card portfolios, so scaling matters; there are
no blanks, so scikit-learn's pipeline (which has no missing-value rule) reads the same table as ours.
"""
import sys
import numpy as np
import pandas as pd

rows = int(sys.argv[1])
out = sys.argv[2]
rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
groups = 8
g = rng.choice(groups, size=rows, p=rng.dirichlet(np.full(groups, 4.0)))
cols = {"customer_id": np.arange(1, rows + 1)}
amounts = ["balance", "credit_limit", "monthly_spend", "cash_advance", "payments", "minimum_payment"]
for name in amounts:
    mu = rng.uniform(5.0, 9.0, groups)
    sd = rng.uniform(0.3, 0.9, groups)
    cols[name] = np.round(np.exp(rng.normal(mu[g], sd[g])), 2)
counts = ["cards", "purchases", "branch_visits", "calls", "online_logins", "complaints"]
for name in counts:
    lam = rng.uniform(0.3, 25.0, groups)
    cols[name] = rng.poisson(lam[g])
shares = ["purchase_frequency", "oneoff_share", "instalment_share", "full_payment_share"]
for name in shares:
    a = rng.uniform(0.5, 6.0, groups)
    b = rng.uniform(0.5, 6.0, groups)
    cols[name] = np.round(rng.beta(a[g], b[g]), 4)
cols["tenure_months"] = np.clip(np.round(rng.normal(rng.uniform(6, 120, groups)[g], 12)), 1, None).astype(int)
pd.DataFrame(cols).to_csv(out, index=False)
print(f"wrote {rows} x {len(cols) - 1} (+ id) to {out}")
