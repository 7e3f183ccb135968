#!/usr/bin/env bash
# The demo project of docs/images/gallery.png: BCCD's first 120 images as four "patients" of 30
# (slides patient-01 to patient-04), imported with their VOC boxes and labels, a short four-class
# training run on it and the model's predictions stored in the project.
#
#   tools/screenshots/make-demo-project.sh BUILD_DIR OUT_DIR [BCCD_DIR]
#   BUILD_DIR/tools/screenshots/wbc-screenshots gallery docs/images/gallery.png \
#       --project OUT_DIR/demo.wbc --slide patient-02
#
# The images are linked, not copied: OUT_DIR stays outside the repository.
set -euo pipefail
build=${1:?BUILD_DIR}
out=${2:?OUT_DIR}
bccd=${3:-${WBC_BCCD_DIR:-$(dirname "$0")/../../../shared/data/bccd}}
wbc="$build/app/wbc"
export WBC_USER=${WBC_USER:-pathologist}
[ -f "$bccd/labels.csv" ] || { echo "no BCCD set at $bccd" >&2; exit 1; }
bccd=$(cd "$bccd" && pwd)
rm -rf "$out/demo" "$out"/demo.wbc*
mkdir -p "$out/demo"
echo image,label >"$out/demo/labels.csv" # names relative to the dataset folder
n=0
for image in $(ls "$bccd/images" | sort | head -120); do
    slide=$(printf 'patient-%02d' $((n / 30 + 1)))
    mkdir -p "$out/demo/$slide"
    grep "^$image," "$bccd/labels.csv" | sed "s|^|$slide/|" >>"$out/demo/labels.csv" || true
    ln -s "$bccd/images/$image" "$out/demo/$slide/$image"
    xml="$bccd/annotations/${image%.jpg}.xml"
    [ -f "$xml" ] && ln -s "$xml" "$out/demo/$slide/"
    n=$((n + 1))
done
"$wbc" import "$out/demo" --project "$out/demo.wbc" --quiet
"$wbc" train --project "$out/demo.wbc" --task four --model lenet --epochs 8 --per-class 150 \
    --out "$out/demo.wbcmodel"
"$wbc" predict --project "$out/demo.wbc"
