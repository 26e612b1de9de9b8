#!/bin/bash
# Installs the build tree into a temporary DESTDIR with `cmake --install` and checks what a
# desktop needs from it: the executable and its plugins, the .desktop file and the AppStream
# metainfo (both clean under their validators), every size of the icon, and a man page that groff
# sets without a warning. Last, the installed Toward is started to see that it finds its plugins
# there. Exits 77 (skipped) when a validator is not installed.
#
#   check_install_tree.sh BUILD_DIR PREFIX BINDIR PLUGINDIR DATADIR MANDIR APP_ID ICON_SIZES PLUGIN...
# (the directories relative to PREFIX, ICON_SIZES separated by ';', as CMake lists them)
set -euo pipefail

build_dir=$1 prefix=$2 bindir=$3 plugindir=$4 datadir=$5 mandir=$6 app_id=$7 icon_sizes=$8
shift 8
plugins=("$@")

for tool in desktop-file-validate appstreamcli groff; do
    if ! command -v "$tool" >/dev/null; then
        echo "skipped: $tool is not installed (./toward.sh test installs it)"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAILED: $*"
    failures=$((failures + 1))
}
expect_file() {
    if [[ -f $1 ]]; then echo "ok: ${1#"$work/root"}"; else fail "not installed: ${1#"$work/root"}"; fi
}

DESTDIR="$work/root" cmake --install "$build_dir" >"$work/install.log" 2>&1 || {
    cat "$work/install.log"
    echo "FAILED: cmake --install (is everything built? cmake --build $build_dir)"
    exit 1
}
root="$work/root$prefix"

expect_file "$root/$bindir/toward"
[[ -x $root/$bindir/toward ]] || fail "toward is not executable"
for plugin in "${plugins[@]}"; do
    expect_file "$root/$plugindir/$plugin"
done

desktop_file="$root/$datadir/applications/$app_id.desktop"
metainfo="$root/$datadir/metainfo/$app_id.metainfo.xml"
expect_file "$desktop_file"
expect_file "$metainfo"
expect_file "$root/$datadir/icons/hicolor/scalable/apps/$app_id.svg"
IFS=';' read -ra sizes <<<"$icon_sizes"
for size in "${sizes[@]}"; do
    png="$root/$datadir/icons/hicolor/${size}x${size}/apps/$app_id.png"
    expect_file "$png"
    # The PNG header's width and height, big-endian at bytes 16 and 20.
    read -r width height < <(od -An -j16 -N8 -tu1 "$png" 2>/dev/null |
        awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }')
    [[ ${width:-0} == "$size" && ${height:-0} == "$size" ]] ||
        fail "$app_id.png in ${size}x${size} is ${width:-?}x${height:-?}"
done
man_page="$root/$mandir/man1/toward.1"
expect_file "$man_page"
# English carries only its plural forms; German is complete.
for language in de en; do
    expect_file "$root/$datadir/toward/translations/toward_$language.qm"
done

# desktop-file-validate prints its hints but exits 0 on them: any output counts.
if [[ -f $desktop_file ]]; then
    output=$(desktop-file-validate "$desktop_file" 2>&1) || true
    if [[ -n $output ]]; then fail "desktop-file-validate: $output"; else echo "ok: desktop-file-validate"; fi
    grep -qx "Icon=$app_id" "$desktop_file" || fail "the desktop file's Icon is not $app_id"
fi
if [[ -f $metainfo ]]; then
    if output=$(appstreamcli validate --no-net --explain "$metainfo" 2>&1) &&
        ! grep -q '^[EW]:' <<<"$output"; then
        echo "ok: appstreamcli validate"
    else
        fail "appstreamcli validate: $output"
    fi
fi
if [[ -f $man_page ]]; then
    output=$(LC_ALL=C.UTF-8 groff -ww -z -man "$man_page" 2>&1)
    if [[ -n $output ]]; then fail "groff: $output"; else echo "ok: groff -ww -man"; fi
fi

# The installed Toward, with a reminder on, opens the desktop's plugins at start: the dynamic
# linker names each file it loads. A data folder of its own; no display, no session bus.
if [[ -x $root/$bindir/toward ]]; then
    mkdir "$work/data"
    printf '[reminders]\ncheckIns=true\n' >"$work/data/settings.ini"
    env -u DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM=offscreen LD_DEBUG=files \
        "$root/$bindir/toward" --data-dir "$work/data" --quit-after-start >"$work/run.log" 2>&1 ||
        fail "the installed toward did not start: $(tail -n 5 "$work/run.log")"
    for plugin in libtoward_notifications.so libtoward_desktop_activity.so; do
        if grep -q "file=$root/$plugindir/$plugin .*dynamically loaded" "$work/run.log"; then
            echo "ok: the installed toward loaded $plugin from $plugindir"
        else
            fail "the installed toward did not load $plugin from $plugindir"
        fi
    done
fi

((failures == 0)) || exit 1
echo "The install tree is complete and clean."
