#!/usr/bin/env bash
# The Debian package, end to end (CTest: package_deb). Builds it with CPack from BUILD_DIR,
# checks that its Depends are installed here, unpacks it into a clean prefix (dpkg-deb -x) and
# runs the installed programs: `wbc --version`, `wbc --help` in German (embedded translations)
# and an offscreen start of wbc-studio that shows the window, saves a picture of it and quits.
# Validates the desktop file, the MIME XML and the AppStream metadata where the tools exist.
#   bash packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB"
fi
deb=$(ls "$work"/out/*.deb)
echo "check-deb: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Depends: computed by dpkg-shlibdeps; every group must be satisfied by an installed package.
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-deb: Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libopencv-core libtorch libqcustomplot; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    ok=no
    IFS='|' read -ra alternatives <<<"$group"
    for alt in "${alternatives[@]}"; do
        name=$(awk '{print $1}' <<<"$alt")
        constraint=$(sed -n 's/.*(\(.*\)).*/\1/p' <<<"$alt")
        installed=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null || true)
        [ -n "$installed" ] || continue
        if [ -z "$constraint" ] || dpkg --compare-versions "$installed" ${constraint% *} ${constraint#* }; then
            ok=yes
        fi
    done
    [ "$ok" = yes ] || fail "dependency not satisfied here: $group"
done

dpkg-deb -x "$deb" "$work/root"
prefix="$work/root/usr"
for f in bin/wbc bin/wbc-studio share/applications/wbc-studio.desktop \
         share/mime/packages/wbc-studio.xml share/metainfo/org.wbcstudio.WbcStudio.metainfo.xml \
         share/icons/hicolor/scalable/apps/wbc-studio.svg share/icons/hicolor/256x256/apps/wbc-studio.png \
         share/icons/hicolor/16x16/apps/wbc-studio.png share/man/man1/wbc.1; do
    [ -e "$prefix/$f" ] || fail "package lacks /usr/$f"
done

out=$("$prefix/bin/wbc" --version)
[ "$out" = "wbc $version" ] || fail "wbc --version printed '$out', expected 'wbc $version'"
echo "check-deb: installed wbc --version: $out"
LC_ALL=de_DE.UTF-8 LANGUAGE= "$prefix/bin/wbc" --help | grep -q "^Befehle:" \
    || fail "installed wbc --help is not German under LC_ALL=de_DE.UTF-8"
echo "check-deb: installed wbc speaks German under LC_ALL=de_DE.UTF-8"

out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/wbc-studio" --version)
grep -q "$version" <<<"$out" || fail "wbc-studio --version printed '$out'"
mkdir -p "$work/home"
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen \
    timeout 120 "$prefix/bin/wbc-studio" --screenshot "$work/window.png" \
    || fail "installed wbc-studio did not start and quit (offscreen)"
[ -s "$work/window.png" ] || fail "installed wbc-studio saved no picture of its window"
echo "check-deb: installed wbc-studio started offscreen and showed its window"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/wbc-studio.desktop" || fail "desktop file"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$prefix/share/mime/packages/wbc-studio.xml" || fail "MIME XML"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$prefix/share/metainfo/org.wbcstudio.WbcStudio.metainfo.xml" \
        || fail "AppStream metadata"
fi
if command -v man >/dev/null; then
    man --warnings -l "$prefix/share/man/man1/wbc.1" >/dev/null 2>"$work/man.log" || true
    [ ! -s "$work/man.log" ] || { cat "$work/man.log"; fail "man page warnings"; }
fi
echo "check-deb: OK"
