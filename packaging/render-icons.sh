#!/usr/bin/env bash
# Renders resources/icons/wbc-studio.svg into the committed PNG icon set (hicolor sizes) and the
# Windows .ico. Run after editing the SVG; the build itself needs no SVG renderer.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick (for the .ico); install-deps.sh installs both.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" wbc-studio.svg -o "wbc-studio-$size.png"
done
/usr/bin/convert wbc-studio-16.png wbc-studio-24.png wbc-studio-32.png wbc-studio-48.png \
    wbc-studio-64.png wbc-studio-256.png wbc-studio.ico
echo "render-icons: wrote $(ls wbc-studio-*.png | wc -l) PNGs and wbc-studio.ico"
