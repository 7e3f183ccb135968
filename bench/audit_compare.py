#!/usr/bin/env python3
"""Compares label audits stored in a project (`wbc audit`; tables audit_runs, audit_cells).

For each audit: the out-of-fold accuracy against the labels the cells had when audited (the
audit is a k-fold cross-validation: every cell scored by a model that never saw it), split into
the cells an audit's training left out (`wbc audit --leave-out-suspects`) and the others, and
its suspects. With two or more audits: how many suspects they share.

    bench/audit_compare.py PROJECT.wbc [AUDIT_ID ...]       (default: every finished audit)
"""
import argparse
import json
import sqlite3
import sys


def load(db, audit_id):
    row = db.execute("SELECT params, summary, status FROM audit_runs WHERE id = ?",
                     (audit_id,)).fetchone()
    if row is None:
        sys.exit("no audit %d in the project" % audit_id)
    params, summary, status = json.loads(row[0]), json.loads(row[1] or "{}"), row[2]
    if status != "finished":
        sys.exit("audit %d is %s" % (audit_id, status))
    cells = {}
    for cell_id, label, probs, ranking in db.execute(
            "SELECT cell_id, label, probabilities, ranking FROM audit_cells WHERE audit_id = ?",
            (audit_id,)):
        pairs = json.loads(probs)
        predicted = max(pairs, key=lambda p: p[1])[0]
        cells[cell_id] = (label, predicted, ranking)
    return params, summary, cells


def accuracy(cells, ids):
    ids = [i for i in ids if i in cells]
    right = sum(cells[i][0] == cells[i][1] for i in ids)
    return right, len(ids)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project")
    ap.add_argument("audits", type=int, nargs="*")
    args = ap.parse_args()
    db = sqlite3.connect("file:%s?mode=ro" % args.project, uri=True)
    ids = args.audits or [r[0] for r in db.execute(
        "SELECT id FROM audit_runs WHERE status = 'finished' ORDER BY id")]
    audits = {i: load(db, i) for i in ids}
    left_out = set()
    for params, _, _ in audits.values():
        left_out.update(params.get("left_out", []))
    suspects = {}
    for audit_id, (params, summary, cells) in audits.items():
        n = summary.get("suspects", 0)
        suspects[audit_id] = {c for c, (_, _, rank) in cells.items() if rank <= n}
        kept = [c for c in cells if c not in left_out]
        out = [c for c in cells if c in left_out]
        row = {"audit": audit_id, "seed": params.get("seed"),
               "left_out_in_training": len(params.get("left_out", [])),
               "accuracy": accuracy(cells, cells), "kept": accuracy(cells, kept),
               "left_out": accuracy(cells, out), "suspects": n,
               "estimated_errors": summary.get("estimated_errors")}
        print(json.dumps(row))
    order = list(suspects)
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            print(json.dumps({"audits": [a, b], "shared_suspects": len(suspects[a] & suspects[b]),
                              "suspects": [len(suspects[a]), len(suspects[b])]}))


if __name__ == "__main__":
    main()
