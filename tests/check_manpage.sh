#!/usr/bin/env bash
# The manual pages against the programs (CTest: wbc_manpage; packaging/check-deb.sh runs it on
# the installed package). Fails when a page is not compressed with gzip -n (no name, no
# timestamp), when man reports a warning, when a command of `wbc --help` has no section in
# wbc.1, when an option of `wbc help COMMAND` is missing from that command's section, or when an
# option of another program's --help is missing from its page.
#   bash tests/check_manpage.sh WBC WBC_1_GZ [PROGRAM PROGRAM_1_GZ]...
set -euo pipefail
fail() { echo "check_manpage: FAIL: $*" >&2; exit 1; }
[ $# -ge 2 ] && [ $(($# % 2)) -eq 0 ] \
    || fail "usage: check_manpage.sh WBC WBC_1_GZ [PROGRAM PROGRAM_1_GZ]..."
export LC_ALL=C LANG=C LANGUAGE= QT_QPA_PLATFORM=offscreen

# gzip -n: the header's modification time (bytes 4-7) is zero and no file name is stored
# (flag FNAME, bit 3 of byte 3).
check_gzip() {
    local page=$1 header
    [ -s "$page" ] || fail "$page: missing or empty (build the target wbc_docs, part of all)"
    header=$(od -An -tu1 -N8 "$page" | tr -s ' ')
    read -r id1 id2 _method flags m0 m1 m2 m3 <<<"$header"
    [ "$id1 $id2" = "31 139" ] || fail "$page: not gzip"
    [ $((flags & 8)) -eq 0 ] || fail "$page: gzip stored a file name (use gzip -n)"
    [ "$m0$m1$m2$m3" = "0000" ] || fail "$page: gzip stored a timestamp (use gzip -n)"
    if command -v man >/dev/null; then
        local log
        log=$(man --warnings -l "$page" 2>&1 >/dev/null || true)
        [ -z "$log" ] || fail "$page: man warnings: $log"
    fi
}

# The long options a Qt help text lists ("  -h, --help", "  --project <FILE>"), one a line.
options_of() { sed -n 's/^  \(-[^ ,]*, \)\{0,1\}\(--[^ =<]*\).*/\2/p'; }
# Every long option a help text names anywhere (Qt's list or a hand-made usage line).
long_options_in() { grep -o -- '--[a-z][a-z0-9-]*' | sort -u; }

wbc=$1
page=$2
check_gzip "$page"
roff=$(gzip -dc "$page")
commands=$("$wbc" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' | grep -vx help)
[ "$(wc -l <<<"$commands")" -ge 10 ] || fail "found only these commands in 'wbc --help': $commands"
for command in $commands; do
    # The command's section: from its .SS line to the next .SS or .SH.
    section=$(awk -v name="$command" '/^\.S[SH] /{inside = ($0 == ".SS " name)} inside' <<<"$roff")
    [ -n "$section" ] || fail "$page: no section '.SS $command' (wbc --help lists it)"
    for option in $("$wbc" help "$command" | options_of | grep -vx -e --help -e --help-all); do
        grep -qF -- "\\fB${option//-/\\-}\\fR" <<<"$section" \
            || fail "$page: '$command' lacks $option, which 'wbc help $command' lists"
    done
done
echo "check_manpage: $page: $(wc -w <<<"$commands") commands, all options of each"

shift 2
while [ $# -gt 0 ]; do
    program=$1
    page=$2
    shift 2
    check_gzip "$page"
    roff=$(gzip -dc "$page")
    options=$("$program" --help | long_options_in)
    [ -n "$options" ] || fail "'$program --help' names no option"
    for option in $options; do
        grep -qF -- "${option//-/\\-}" <<<"$roff" \
            || fail "$page: lacks $option, which '$(basename "$program") --help' lists"
    done
    echo "check_manpage: $page: every option of $(basename "$program") --help"
done
