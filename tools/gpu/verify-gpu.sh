#!/usr/bin/env bash
# Proves training on a GPU machine (issue #19; docs/BENCHMARKS.md "GPU training"). Run from the
# repository root on a machine with an NVIDIA GPU and a CUDA LibTorch (PyTorch's, found through
# python3), after `wbc export --project BCCD.wbc --format crops --out gpu-data/bccd.crops` here:
#   OUT=DIR bash tools/gpu/verify-gpu.sh
# Builds the engine standalone, then trains wbcnet and lenet on the BCCD crops (four classes,
# 20 epochs, seed 1) on cuda and on the CPU, resumes a run from its checkpoint on CUDA, runs
# wbcnet with bf16 autocast, and writes every JSON line and a summary to $OUT.
set -uo pipefail
out=${OUT:-/tmp/wbc-gpu}
mkdir -p "$out"
crops=${CROPS:-gpu-data/bccd.crops}
epochs=${EPOCHS:-20}
threads=${THREADS:-$(nproc)}
build=/tmp/wbc-engine-gpu
log() { echo "verify-gpu: $*" | tee -a "$out/log.txt"; }

[ -s "$crops" ] || { log "no crops file $crops"; exit 1; }
nvidia-smi >"$out/nvidia-smi.txt" 2>&1 || log "nvidia-smi failed"
prefix=$(python3 -c "import torch; print(torch.utils.cmake_prefix_path)")
python3 -c "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.is_available())" \
    >"$out/torch.txt" 2>&1
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
start=$(date +%s)
if ! cmake -S core/engine -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_PREFIX_PATH="$prefix" >"$out/configure.log" 2>&1; then
    log "configure failed (see configure.log)"
    exit 1
fi
if ! cmake --build "$build" -j"$threads" >"$out/build.log" 2>&1; then
    log "build failed (see build.log)"
    exit 1
fi
log "built in $(( $(date +%s) - start )) s"
(cd "$build" && ctest --output-on-failure >"$out/ctest.log" 2>&1) && log "engine tests passed" \
    || log "engine tests FAILED (see ctest.log)"

engine="$build/wbc-engine"
run() { # NAME ARGS...
    local name=$1; shift
    local t0; t0=$(date +%s.%N)
    "$engine" --crops "$crops" --task four --epochs "$epochs" --seed 1 "$@" \
        >"$out/$name.jsonl" 2>"$out/$name.err"
    local rc=$?
    log "$name: exit $rc, $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s: $(tail -1 "$out/$name.jsonl")"
}
for model in wbcnet lenet; do
    run "$model-cuda" --model "$model" --device cuda
    run "$model-cpu" --model "$model" --device cpu --threads "$threads"
done
run wbcnet-cuda-amp --model wbcnet --device cuda --amp
# Resume on CUDA: stop after half the epochs with a checkpoint, continue from it, compare with
# the uninterrupted wbcnet-cuda run.
half=$(( epochs / 2 ))
run wbcnet-cuda-part1 --model wbcnet --device cuda --checkpoint "$out/resume.ckpt" --stop-after "$half"
run wbcnet-cuda-part2 --model wbcnet --device cuda --resume "$out/resume.ckpt"
rm -f "$out/resume.ckpt"

python3 - "$out" <<'PY' >"$out/summary.json"
import json, os, sys
out = sys.argv[1]
def lines(name):
    path = os.path.join(out, name + ".jsonl")
    if not os.path.exists(path):
        return []
    return [json.loads(l) for l in open(path) if l.strip().startswith("{")]
result = {}
for name in ["wbcnet-cuda", "wbcnet-cpu", "lenet-cuda", "lenet-cpu", "wbcnet-cuda-amp",
             "wbcnet-cuda-part1", "wbcnet-cuda-part2"]:
    l = lines(name)
    result[name] = {"summary": l[-1] if l else None,
                    "losses": [e["loss"] for e in l if "epoch" in e]}
for model in ["wbcnet", "lenet"]:
    a, b = result[model + "-cuda"]["losses"], result[model + "-cpu"]["losses"]
    if a and len(a) == len(b):
        result[model + "_loss_max_rel_diff_cuda_vs_cpu"] = max(
            abs(x - y) / max(abs(y), 1e-9) for x, y in zip(a, b))
resumed = result["wbcnet-cuda-part1"]["losses"] + result["wbcnet-cuda-part2"]["losses"]
whole = result["wbcnet-cuda"]["losses"]
if resumed and len(resumed) == len(whole):
    result["resume_loss_max_rel_diff"] = max(
        abs(x - y) / max(abs(y), 1e-9) for x, y in zip(resumed, whole))
print(json.dumps(result, indent=1))
PY
log "summary in $out/summary.json"
