#!/bin/sh
# Side by side: `wbc bench train` (LeNet, batch 32) and the plain PyTorch reference doing the
# same work, on the same machine in one run, alternating ROUNDS times (this machine is noisy);
# prints every round and the medians.
# Usage: bench/compare_train.sh [BUILD_DIR] [BATCHES] [ROUNDS]
set -e
BUILD=${1:-build}
BATCHES=${2:-40}
ROUNDS=${3:-3}
HERE=$(dirname "$0")
RESULTS=""
i=0
while [ "$i" -lt "$ROUNDS" ]; do
    WBC_JSON=$("$BUILD/app/wbc" bench train --model lenet --batch 32 --batches "$BATCHES" --rounds 1 --json)
    PY_JSON=$(/usr/bin/python3 "$HERE/reference_train.py" --batch 32 --batches "$BATCHES" --json)
    RESULTS="$RESULTS$WBC_JSON
$PY_JSON
"
    i=$((i + 1))
done
printf '%s' "$RESULTS" | /usr/bin/python3 -c '
import json, statistics, sys
lines = [json.loads(l) for l in sys.stdin if l.strip()]
rows = list(zip(lines[0::2], lines[1::2]))
e2e, comp, ref = [], [], []
for n, (w, p) in enumerate(rows, 1):
    e2e.append(w["end_to_end_images_per_second"])
    comp.append(w["compute_images_per_second"])
    ref.append(p["images_per_second"])
    print("round %d: wbc end to end %6.1f img/s, compute %6.1f img/s; PyTorch reference %6.1f img/s; ratio %.2fx"
          % (n, e2e[-1], comp[-1], ref[-1], e2e[-1] / ref[-1]))
m = statistics.median
print("median:  wbc end to end %6.1f img/s (%.1f%% of compute %.1f); reference %.1f img/s; ratio %.2fx"
      % (m(e2e), 100 * m(e2e) / m(comp), m(comp), m(ref), m(e2e) / m(ref)))
'
