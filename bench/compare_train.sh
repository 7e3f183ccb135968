#!/bin/sh
# Side by side: `wbc bench train` (LeNet, batch 32) and the plain PyTorch reference doing the
# same work, on the same machine in one run. Usage: bench/compare_train.sh [BUILD_DIR] [BATCHES]
set -e
BUILD=${1:-build}
BATCHES=${2:-40}
HERE=$(dirname "$0")
WBC_JSON=$("$BUILD/app/wbc" bench train --model lenet --batch 32 --batches "$BATCHES" --json)
PY_JSON=$(/usr/bin/python3 "$HERE/reference_train.py" --batch 32 --batches "$BATCHES" --json)
/usr/bin/python3 - "$WBC_JSON" "$PY_JSON" <<'PY'
import json, sys
w, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
e2e, comp, ref = w["end_to_end_images_per_second"], w["compute_images_per_second"], p["images_per_second"]
print("wbc bench train   end to end %7.1f img/s   compute %7.1f img/s   (%.1f%% of compute)" % (e2e, comp, 100 * e2e / comp))
print("PyTorch reference            %7.1f img/s" % ref)
print("ratio wbc / reference        %7.2fx" % (e2e / ref))
PY
