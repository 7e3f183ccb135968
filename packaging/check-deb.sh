#!/usr/bin/env bash
# The Debian package, end to end (CTest: package_deb). Builds it with CPack from BUILD_DIR,
# checks that its Depends are installed here, unpacks it into a clean prefix (dpkg-deb -x) and
# runs the installed programs: `wbc --version`, `wbc --help` in German (embedded translations)
# and an offscreen start of wbc-studio that shows the window, saves a picture of it and quits.
# Validates the desktop file, the MIME XML, the AppStream metadata (pedantic), the man pages
# against the programs' help (tests/check_manpage.sh), the copyright file and the changelog, and
# runs lintian as a user other than root: any error or warning fails. Every tool is required.
#   bash packaging/check-deb.sh BUILD_DIR   (after building BUILD_DIR: programs and wbc_docs)
set -euo pipefail
build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-parsechangelog lintian appstreamcli \
            desktop-file-validate xmllint man; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (bash packaging/install-deps.sh)"
done
for f in wbc.1.gz wbc-studio.1.gz changelog.gz copyright; do
    [ -s "$build/packaging/$f" ] \
        || fail "$build/packaging/$f is missing: build the programs and the target wbc_docs first"
done

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
         share/mime/packages/wbc-studio.xml share/metainfo/org.wbcstudio.wbcstudio.metainfo.xml \
         share/icons/hicolor/scalable/apps/wbc-studio.svg \
         share/icons/hicolor/256x256/apps/wbc-studio.png \
         share/icons/hicolor/16x16/apps/wbc-studio.png share/man/man1/wbc.1.gz \
         share/man/man1/wbc-studio.1.gz share/doc/wbc-studio/copyright \
         share/doc/wbc-studio/changelog.gz; do
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

desktop-file-validate "$prefix/share/applications/wbc-studio.desktop" || fail "desktop file"
xmllint --noout "$prefix/share/mime/packages/wbc-studio.xml" || fail "MIME XML"
# AppStream: no issue at all, pedantic hints included (--strict alone lets those pass).
metainfo="$prefix/share/metainfo/org.wbcstudio.wbcstudio.metainfo.xml"
appstreamcli validate --pedantic --strict --no-net "$metainfo" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log"; fail "AppStream metadata"; }
if grep -q '^[EWIP]: ' "$work/appstream.log"; then
    cat "$work/appstream.log"
    fail "AppStream metadata: pedantic issues"
fi
grep -q '<screenshot type="default">' "$metainfo" || fail "AppStream metadata has no screenshot"
echo "check-deb: desktop file, MIME XML and AppStream metadata (pedantic) validate"

# Man pages: one per program, gzip -9n, no man warnings, every command and option of the help.
pages=("$prefix/bin/wbc" "$prefix/share/man/man1/wbc.1.gz"
       "$prefix/bin/wbc-studio" "$prefix/share/man/man1/wbc-studio.1.gz")
if [ -e "$prefix/bin/wbc-engine" ]; then
    pages+=("$prefix/bin/wbc-engine" "$prefix/share/man/man1/wbc-engine.1.gz")
fi
for program in "$prefix"/bin/*; do
    [ -e "$prefix/share/man/man1/$(basename "$program").1.gz" ] \
        || fail "/usr/bin/$(basename "$program") has no man page"
done
if ! HOME="$work/home" bash "$(dirname "$0")/../tests/check_manpage.sh" "${pages[@]}" \
        >"$work/manpage.log" 2>&1; then
    grep -v '^QStandardPaths: ' "$work/manpage.log" >&2
    fail "man pages"
fi
grep -v '^QStandardPaths: ' "$work/manpage.log"

# copyright (DEP-5) and changelog (Debian syntax, this version on top).
copyright="$prefix/share/doc/wbc-studio/copyright"
grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$copyright" \
    || fail "copyright is not in the machine-readable format"
grep -qx 'License: GPL-3+' "$copyright" || fail "copyright names no GPL-3+ licence"
top=$(gzip -dc "$prefix/share/doc/wbc-studio/changelog.gz" | head -1)
[ "$top" = "wbc-studio ($version) unstable; urgency=medium" ] \
    || fail "changelog starts with '$top', not version $version"
gzip -dc "$prefix/share/doc/wbc-studio/changelog.gz" >"$work/changelog"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$version" ] \
    || fail "dpkg-parsechangelog does not read version $version from the changelog"
echo "check-deb: copyright (DEP-5) and changelog (version $version) in place"

# lintian warns when run as root: as root, run it as nobody on a copy it can read.
lint=(lintian --fail-on error,warning --display-info --no-cfg)
if [ "$(id -u)" -eq 0 ]; then
    install -d -m 755 "$work/lintian"
    install -m 644 "$deb" "$work/lintian/"
    chmod 755 "$work"
    lint=(runuser -u nobody -- env HOME="$work/lintian" "${lint[@]}")
    target="$work/lintian/$(basename "$deb")"
else
    target=$deb
fi
if ! (cd "$work" && "${lint[@]}" "$target") >"$work/lintian.log" 2>&1; then
    cat "$work/lintian.log"
    fail "lintian reports errors or warnings"
fi
sed 's/^/check-deb: lintian: /' "$work/lintian.log"
echo "check-deb: lintian: no error, no warning"
echo "check-deb: OK"
