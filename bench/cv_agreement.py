#!/usr/bin/env python3
"""Compare `wbc cv --predictions` files of the same images (several seeds or recipes).

For each file: images right (test-time flips). Then: how many runs got each image wrong, and the
images every run got wrong, most confident first, with the class most runs predicted. Images that
every recipe gets wrong with confidence are the first to re-check for a wrong label.

With --by-number N, also the error rate of each class by image number (the last digits of the
file name) in ranges of N: errors that cluster in one range of a data set's numbering point to one
acquisition or labelling batch.
"""
import argparse
import collections
import csv
import os
import re
import signal
import sys


def read_run(path):
    """image path -> (truth index, predicted index, probabilities); class names."""
    try:
        f = open(path, newline="", encoding="utf-8")
    except OSError as e:
        sys.exit(f"{path}: cannot read: {e.strerror}")
    with f:
        reader = csv.DictReader(f)
        columns = [c for c in reader.fieldnames or [] if c.startswith("flips_")]
        if not columns:
            sys.exit(f"{path}: no flips_* columns: not a wbc cv --predictions file")
        names = [c[len("flips_"):] for c in columns]
        run = {}
        for line, row in enumerate(reader, start=2):
            try:
                probs = [float(row[c]) for c in columns]
                truth = int(row["truth"])
            except (KeyError, TypeError, ValueError):
                sys.exit(f"{path}:{line}: unreadable row")
            if not 0 <= truth < len(names):
                sys.exit(f"{path}:{line}: truth {truth} is not a class index")
            run[row["path"]] = (truth, max(range(len(probs)), key=probs.__getitem__), probs)
    return run, names


def image_number(path):
    """The last run of digits in the file name, or None."""
    digits = re.findall(r"\d+", os.path.splitext(os.path.basename(path))[0])
    return int(digits[-1]) if digits else None


def print_by_number(runs, names, images, width):
    """Per class and range of image numbers: wrong predictions / (images x runs)."""
    cells = collections.defaultdict(lambda: [0, 0])
    for k in images:
        number = image_number(k)
        start = None if number is None else number // width * width
        for r in runs:
            cell = cells[(r[k][0], start)]
            cell[0] += r[k][0] != r[k][1]
            cell[1] += 1
    print(f"error rate by class and image number (ranges of {width}; wrong / images x runs):")
    for (truth, start), (wrong, total) in sorted(
            cells.items(), key=lambda item: (item[0][0], -1 if item[0][1] is None else item[0][1])):
        span = "no number" if start is None else f"{start}-{start + width - 1}"
        print(f"  {names[truth]:<12} {span:<12} {wrong:>4} / {total:<4} {100.0 * wrong / total:5.1f} %")


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError("--by-number needs a positive whole number")
    return value


def main(args):
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Prediction files come from: wbc cv ... --predictions RUN.csv")
    parser.add_argument("--by-number", metavar="N", type=positive_int, default=None,
                        help="error rate of each class by image number, in ranges of N")
    parser.add_argument("paths", metavar="RUN.csv", nargs="+",
                        help="a wbc cv --predictions file")
    options = parser.parse_args(args)
    width, paths = options.by_number, options.paths
    runs, names = [], None
    for path in paths:
        run, run_names = read_run(path)
        if names is not None and run_names != names:
            sys.exit(f"{path}: classes {run_names} differ from {names}")
        names = run_names
        runs.append(run)
    images = set.intersection(*(set(r) for r in runs))
    print(f"{len(images)} images in all {len(runs)} runs")
    for path, run in zip(paths, runs):
        right = sum(run[k][0] == run[k][1] for k in images)
        print(f"{path}: {right} / {len(images)} right ({100.0 * right / len(images):.2f} %)")
    wrong_in = collections.Counter(sum(r[k][0] != r[k][1] for r in runs) for k in images)
    print("images by number of runs that got them wrong:",
          ", ".join(f"{n}: {wrong_in[n]}" for n in range(len(runs) + 1)))
    always = []
    for k in images:
        if all(r[k][0] != r[k][1] for r in runs):
            predicted = collections.Counter(r[k][1] for r in runs).most_common(1)[0][0]
            confidence = sum(r[k][2][predicted] for r in runs) / len(runs)
            always.append((confidence, os.path.basename(k), names[runs[0][k][0]], names[predicted]))
    pairs = collections.Counter((t, p) for _, _, t, p in always)
    print(f"wrong in every run: {len(always)}:",
          ", ".join(f"{t} -> {p} {n}" for (t, p), n in pairs.most_common()))
    for confidence, image, truth, predicted in sorted(always, reverse=True):
        print(f"  {image}  labelled {truth}, predicted {predicted}, mean probability {confidence:.2f}")
    if width:
        print_by_number(runs, names, images, width)


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):  # quiet when piped into head (not on Windows)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main(sys.argv[1:])
