#!/usr/bin/env python3
"""Writes a bank-like customer CSV for the CSV-reading benchmark (bench/peers.sh with PEERS_CSV_ONLY=1).

    python3 bench/make_bank_csv.py ROWS OUT.csv [SEED]

Columns (like the public credit-card customer tables): CUST_ID (C100001...), 17 numeric columns -- skewed amounts
with 2 decimals (lognormal, many exact zeros), frequencies in [0, 1] with 6 decimals, counts, a tenure in months,
blanks in CREDIT_LIMIT and MINIMUM_PAYMENTS -- and two quoted text columns (a segment label holding a comma and a
city). About 0.5 % of the rows repeat an earlier row's values under a new id. Deterministic for a seed.
"""
import random
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
cities = ["Berlin", "Lyon", "Porto", "Graz", "Turin", "Gent", "Brno", "Cork"]
labels = ["Retail, mass", "Retail, affluent", "Private, core", "Student, basic"]
amount_cols = ["BALANCE", "PURCHASES", "ONEOFF_PURCHASES", "INSTALLMENTS_PURCHASES", "CASH_ADVANCE", "PAYMENTS"]
freq_cols = ["BALANCE_FREQUENCY", "PURCHASES_FREQUENCY", "ONEOFF_PURCHASES_FREQUENCY",
             "PURCHASES_INSTALLMENTS_FREQUENCY", "CASH_ADVANCE_FREQUENCY", "PRC_FULL_PAYMENT"]
count_cols = ["CASH_ADVANCE_TRX", "PURCHASES_TRX"]
header = ["CUST_ID"] + amount_cols + freq_cols + count_cols + ["CREDIT_LIMIT", "MINIMUM_PAYMENTS", "TENURE",
                                                               "SEGMENT_LABEL", "CITY"]


def amount(zero_share):
    return "0.00" if rnd.random() < zero_share else f"{rnd.lognormvariate(6.5, 1.6):.2f}"


with open(out, "w", newline="") as f:
    f.write(",".join(header) + "\n")
    previous = []
    for r in range(rows):
        if previous and rnd.random() < 0.005:
            values = rnd.choice(previous)
        else:
            values = [amount(z) for z in (0.02, 0.25, 0.5, 0.4, 0.5, 0.03)]
            values += [f"{min(1.0, max(0.0, rnd.betavariate(0.7, 0.7))):.6f}" for _ in freq_cols]
            values += [str(int(rnd.expovariate(1 / (3 if c == "CASH_ADVANCE_TRX" else 15)))) for c in count_cols]
            values.append("" if rnd.random() < 0.001 else f"{round(rnd.lognormvariate(8.2, 0.7), -2):.1f}")
            values.append("" if rnd.random() < 0.035 else f"{rnd.lognormvariate(6.0, 1.3):.6f}")
            values.append(str(rnd.choice([6, 7, 8, 9, 10, 11, 12, 12, 12, 12])))
            values.append('"' + rnd.choice(labels) + '"')
            values.append('"' + rnd.choice(cities) + '"')
            if len(previous) < 1000:
                previous.append(values)
        f.write(f"C{100001 + r}," + ",".join(values) + "\n")
