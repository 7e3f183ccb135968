#!/usr/bin/env python3
"""Injected label flips against `wbc audit` (docs/BENCHMARKS.md, "Check labels").

For each seed: copies the project (beside itself, so its relative image paths still resolve),
flips N random labelled cells of the task to another class of the task (seeded; through `wbc
label`), runs `wbc audit --json --top TOP`, and counts the flips among the TOP worst-ranked cells.
The audit stores every cell's out-of-fold probabilities in the copy, so the script also ranks
them by each candidate rule (self-confidence, normalized margin, confident learning) and counts
the flips each puts in the top TOP, N and N/2, and the median rank of the flips. The copies are
removed unless --keep.

    bench/audit_flips.py --wbc build/app/wbc --project bccd.wbc --task four --seeds 1 2 3
"""
import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time

TASK_CLASSES = {
    "four": ["NEUTROPHIL", "EOSINOPHIL", "LYMPHOCYTE", "MONOCYTE"],
}


def current_labels(db):
    """(cell id, image path, label) of every white cell whose newest label is set."""
    rows = db.execute(
        "SELECT c.id, i.path, l.label FROM cells c JOIN images i ON i.id = c.image_id "
        "JOIN cell_labels l ON l.cell_id = c.id "
        "WHERE c.kind = 'WBC' AND c.deleted_at IS NULL AND l.id = "
        "(SELECT MAX(l2.id) FROM cell_labels l2 WHERE l2.cell_id = c.id) ORDER BY c.id")
    return rows.fetchall()


def ranks(cells, rule):
    """Cell ids worst first under a rule; cells: (cell id, given index, probabilities)."""
    k = len(cells[0][2])
    thresholds = []
    for c in range(k):
        own = [p[c] for _, y, p in cells if y == c]
        thresholds.append(sum(own) / len(own) if own else float("inf"))

    def margin(y, p):
        return (p[y] - max(p[j] for j in range(k) if j != y) + 1) / 2

    def flagged(y, p):
        reach = [j for j in range(k) if p[j] >= thresholds[j] - 1e-6]
        return bool(reach) and max(reach, key=lambda j: p[j]) != y

    def score(y, p):
        if rule == "self_confidence":
            return p[y]
        if rule == "normalized_margin":
            return margin(y, p)
        return (0.0 if flagged(y, p) else 0.5) + margin(y, p) / 2

    order = sorted(range(len(cells)), key=lambda i: score(cells[i][1], cells[i][2]))
    flags = sum(flagged(y, p) for _, y, p in cells)
    return [cells[i][0] for i in order], flags


def stored_audit(path):
    db = sqlite3.connect(path)
    audit_id, summary = db.execute(
        "SELECT id, summary FROM audit_runs WHERE status = 'finished' ORDER BY id DESC").fetchone()
    summary = json.loads(summary)
    classes = summary["classes"]
    cells = []
    for cell_id, label, probs in db.execute(
            "SELECT cell_id, label, probabilities FROM audit_cells WHERE audit_id = ? "
            "ORDER BY ranking", (audit_id,)):
        pairs = json.loads(probs)
        cells.append((cell_id, classes.index(label), [p for _, p in pairs]))
    db.close()
    return audit_id, summary, cells


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wbc", required=True, help="the wbc tool")
    ap.add_argument("--project", required=True, help="project to copy (never changed)")
    ap.add_argument("--task", default="four", choices=sorted(TASK_CLASSES))
    ap.add_argument("--flips", type=int, default=20)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--keep", action="store_true", help="keep the copies")
    ap.add_argument("audit_args", nargs="*", help="after --: more `wbc audit` options")
    args = ap.parse_args()
    classes = TASK_CLASSES[args.task]
    rules = ["self_confidence", "normalized_margin", "confident_learning"]
    results = []
    for seed in args.seeds:
        base, ext = os.path.splitext(os.path.abspath(args.project))
        copy = "%s-flips-s%d%s" % (base, seed, ext)
        shutil.copyfile(args.project, copy)
        db = sqlite3.connect(copy)
        cells = [c for c in current_labels(db) if c[2] in classes]
        db.close()
        rng = random.Random(seed)
        chosen = rng.sample(cells, args.flips)
        flipped = {}
        for cell_id, image, label in chosen:
            new = rng.choice([c for c in classes if c != label])
            subprocess.run([args.wbc, "label", "--project", copy, image, "--cell", str(cell_id),
                            new, "--user", "audit-bench"], check=True, capture_output=True)
            flipped[cell_id] = (label, new)
        start = time.monotonic()
        run = subprocess.run([args.wbc, "audit", "--project", copy, "--task", args.task,
                              "--seed", str(seed), "--top", str(args.top), "--json"]
                             + args.audit_args, capture_output=True, text=True)
        seconds = time.monotonic() - start
        if run.returncode != 0:
            sys.exit("wbc audit failed (seed %d): %s" % (seed, run.stderr.strip()))
        out = json.loads(run.stdout)
        top = [s["cell"] for s in out["suspects"]]
        audit_id, summary, stored = stored_audit(copy)
        row = {"seed": seed, "cells": out["cells"], "seconds": round(seconds),
               "hits_top": sum(c in flipped for c in top),
               "estimated_errors": out["estimated_errors"],
               "flips_into": {c: sum(1 for _, n in flipped.values() if n == c) for c in classes}}
        for rule in rules:
            order, flags = ranks(stored, rule)
            row[rule] = {"top": sum(c in flipped for c in order[:args.top]),
                         "top_flips": sum(c in flipped for c in order[:args.flips]),
                         "top_half_flips": sum(c in flipped for c in order[:args.flips // 2]),
                         "median_rank": sorted(order.index(c) + 1 for c in flipped)[
                             len(flipped) // 2]}
            if rule == "confident_learning":
                row[rule]["flagged"] = flags
                row[rule]["flagged_flips"] = sum(c in flipped for c in order[:flags])
        results.append(row)
        print(json.dumps(row), flush=True)
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(copy + suffix):
                    os.remove(copy + suffix)
    def mean(rule, key):
        return round(sum(r[rule][key] for r in results) / len(results), 2)

    print(json.dumps({"flips": args.flips, "top": args.top,
                      "mean_audit_hits": sum(r["hits_top"] for r in results) / len(results),
                      "mean": {rule: {key: mean(rule, key) for key in
                                      ("top", "top_flips", "top_half_flips", "median_rank")}
                               for rule in rules}}))


if __name__ == "__main__":
    main()
