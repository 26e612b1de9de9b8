#!/usr/bin/env bash
# Build, test, benchmark and run Toward on Debian 12. See README.md.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SOURCE_DIR

# Everything a fresh Debian 12 needs to build Toward, run its tests offscreen and show it on X11.
# The xcb and offscreen platform plugins ship in libqt6gui6 (a dependency of qt6-base-dev);
# fonts-dejavu-core is listed because Qt draws no text without a font, and otherwise it only comes
# in as the first choice of an alternative in fontconfig-config. libqt6opengl6-dev is only
# recommended by qt6-base-dev, but Qt Charts' CMake package needs its Qt6OpenGL config.
readonly REQUIRED_PACKAGES=(
    cmake g++ ninja-build catch2 libgl-dev
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
    # The journal's long scans use SQLite's own API (src/core/journal/SqliteStatement.h).
    libsqlite3-dev
    qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    # lupdate and lrelease for the translations (resources/translations); Qt's own translations,
    # for the texts Qt writes itself (the help's "Usage:", the dialogs' buttons).
    qt6-l10n-tools qt6-translations-l10n
    qt6-multimedia-dev
    # The voice is made with libflite, its voices linked in (src/app/sound/FliteSynthesizer.cpp).
    flite1-dev
    # The idle time and full-screen windows come from X11 through xcb's SYNC extension, found
    # with pkg-config (src/app/desktop/activity/).
    libxcb-sync-dev pkg-config
    fonts-dejavu-core
)
# The tests read the PDF report back with poppler's pdftotext and pdfinfo.
# The sound test (tests/sound) plays into a private PulseAudio null sink and records it with parec.
# The reminder tests cross daylight-saving changes in a named time zone, read from tzdata.
# The desktop tests (tests/desktop) run their own session bus with dbus-daemon, for the
# notifications' stand-in server and for fakes of GNOME's idle monitor and logind, and their own
# Xvfb with openbox as the window manager (for the active and full-screen windows), with input made
# by xdotool.
# The install test (tests/install) validates the installed .desktop file and metainfo with
# desktop-file-validate and appstreamcli, and sets the man page with groff (groff-base).
readonly TEST_PACKAGES=(poppler-utils pulseaudio pulseaudio-utils tzdata xvfb openbox xdotool
    dbus-daemon desktop-file-utils appstream groff-base)
# CPack's Debian packages take their dependencies from dpkg-shlibdeps (dpkg-dev) and find the
# programs and libraries to strip and scan with file; lintian checks the package made.
readonly PACKAGE_PACKAGES=(dpkg-dev file lintian)

usage() {
    cat <<'EOF'
Usage: ./toward.sh COMMAND [ARGS...]

Commands:
  run [-- APP_ARGS...]   install missing packages, build, then start Toward with APP_ARGS
                         (e.g. ./toward.sh run -- --data-dir /tmp/toward)
  test [CTEST_ARGS...]   install missing packages, build, then run every test with CTest
                         (e.g. ./toward.sh test -R core)
  bench [-- ARGS...]     build in Release (build-bench/) and run the startup benchmark
                         (e.g. ./toward.sh bench -- --runs 25)
  fuzz [SECONDS]         build the libFuzzer targets with clang (build-fuzz/) and run each for
                         SECONDS (default 60) on a copy of its seeds in fuzz/corpus/; exits
                         non-zero when one crashes (e.g. ./toward.sh fuzz 1200)
  soak [KILLS]           build, then run the journal crash test outside CTest with KILLS kills
                         of the writer (default 1000; the test suite uses 50)
  package                build in Release (build-package/) and make a Debian package,
                         build-package/toward_VERSION_ARCH.deb, then check it with lintian
  help                   show this text

Environment:
  TOWARD_SANITIZE=1      build with AddressSanitizer and UBSan into build-asan/ (run, test),
                         unoptimised and without the benchmarks
  CI=true                treat compiler warnings as errors (except in sanitizer builds)
  TOWARD_SAFETY_SEED=N   repeat the crash test's run with seed N (test, soak)
EOF
}

log() { printf 'toward.sh: %s\n' "$*" >&2; }

is_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

has_install_candidate() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    [[ -n $candidate && $candidate != "(none)" ]]
}

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# Installs whichever of REQUIRED_PACKAGES and the given extra packages are missing. Silent when
# nothing is missing; without root it prints the command to run instead and fails.
ensure_packages() {
    local package missing=()
    for package in "${REQUIRED_PACKAGES[@]}" "$@"; do
        is_installed "$package" || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0

    if ((EUID != 0)); then
        log "missing Debian packages: ${missing[*]}"
        log "install them with:"
        printf '  sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
        exit 1
    fi

    log "installing missing Debian packages: ${missing[*]}"
    # A fresh image has no package lists: refresh them only when apt cannot place a package, or
    # when the install fails because the lists are stale.
    local updated=false
    for package in "${missing[@]}"; do
        if ! has_install_candidate "$package"; then
            apt-get update
            updated=true
            break
        fi
    done
    if ! apt_install "${missing[@]}"; then
        [[ $updated == true ]] && exit 1
        log "retrying after apt-get update"
        apt-get update
        apt_install "${missing[@]}"
    fi
}

is_ci() { [[ -n ${CI:-} && ${CI} != false && ${CI} != 0 ]]; }

# Configures BUILD_DIR unless it is already configured with the same choices. Any further
# arguments are more CMake options.
configure() {
    local build_dir=$1 build_type=$2 sanitize=$3
    shift 3
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    local werror=OFF
    is_ci && werror=ON
    local options=(
        "-DCMAKE_BUILD_TYPE=$build_type"
        -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
        "-DTOWARD_WERROR=$werror"
        "-DTOWARD_SANITIZE=$sanitize"
        "$@"
    )
    local stamp="$build_dir/.toward-configure-options"
    if [[ -f $build_dir/CMakeCache.txt && -f $stamp && $(<"$stamp") == "${options[*]}" ]]; then
        return 0
    fi
    cmake -S "$SOURCE_DIR" -B "$build_dir" "${generator[@]}" "${options[@]}"
    printf '%s' "${options[*]}" >"$stamp"
}

build() {
    local build_dir=$1
    shift
    cmake --build "$build_dir" --parallel "$(nproc)" "$@"
}

# The build that `run` and `test` use; sanitized builds live apart so switching costs no rebuild.
# GCC takes three times as long to compile with the sanitizers at -O2 as at -O0, and they find
# the same errors unoptimised; benchmarks mean nothing there, so they are not built.
if [[ ${TOWARD_SANITIZE:-0} == 1 ]]; then
    readonly DEV_BUILD_DIR="$SOURCE_DIR/build-asan" DEV_SANITIZE=ON DEV_BUILD_TYPE=Debug
    readonly DEV_OPTIONS=(-DTOWARD_BENCHMARKS=OFF)
else
    readonly DEV_BUILD_DIR="$SOURCE_DIR/build" DEV_SANITIZE=OFF DEV_BUILD_TYPE=RelWithDebInfo
    readonly DEV_OPTIONS=()
fi
configure_dev_build() {
    configure "$DEV_BUILD_DIR" "$DEV_BUILD_TYPE" "$DEV_SANITIZE" "${DEV_OPTIONS[@]}"
}

# True when the app arguments only ask for something that needs no window, or choose Qt's platform.
needs_no_display() {
    local arg
    for arg in "$@"; do
        case $arg in
        -h | --help | --help-all | -v | --version | --check-model | --check-model=*) return 0 ;;
        -platform | --platform) return 0 ;;
        esac
    done
    return 1
}

require_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || -n ${QT_QPA_PLATFORM:-} ]] && return 0
    needs_no_display "$@" && return 0
    log "Toward is a desktop app and needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set."
    log "Start it from a graphical session (or over ssh -X), or choose a Qt platform plugin with"
    log "QT_QPA_PLATFORM, e.g. QT_QPA_PLATFORM=offscreen ./toward.sh run -- --quit-after-start"
    exit 1
}

command_run() {
    [[ ${1:-} == -- ]] && shift
    require_display "$@"
    ensure_packages
    configure_dev_build
    build "$DEV_BUILD_DIR" --target toward
    exec "$DEV_BUILD_DIR/src/app/toward" "$@"
}

command_test() {
    ensure_packages "${TEST_PACKAGES[@]}"
    configure_dev_build
    build "$DEV_BUILD_DIR"
    # The timeout keeps a hung GUI test from eating a whole CI run.
    ctest --test-dir "$DEV_BUILD_DIR" --output-on-failure --no-tests=error -j2 --timeout 300 "$@"
}

command_bench() {
    [[ ${1:-} == -- ]] && shift
    [[ $DEV_SANITIZE == ON ]] && log "ignoring TOWARD_SANITIZE: benchmarks always use a plain Release build"
    ensure_packages
    local build_dir="$SOURCE_DIR/build-bench"
    configure "$build_dir" Release OFF
    build "$build_dir" --target bench_startup
    "$build_dir/bench/bench_startup" "$@"
}

readonly FUZZ_TARGETS=(model_loader csv_reader csv_importer checkin_draft breath_patterns)

# Prints the one summary line of a finished libFuzzer run, and for a crash what went wrong.
report_fuzz_run() {
    local name=$1 status=$2 seed_dir=$3 corpus=$4 log_file=$5
    local seeds inputs runs
    seeds=$(find "$seed_dir" -type f | wc -l)
    inputs=$(find "$corpus" -type f | wc -l)
    if ((status == 0)); then
        runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log_file")
        printf 'fuzz %s: corpus %d -> %d inputs; %s runs, 0 crashes\n' \
            "$name" "$seeds" "$inputs" "${runs:-?}"
        return 0
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log_file")
    local input
    input=$(sed -n 's/.*Test unit written to //p' "$log_file" | tail -n 1)
    printf 'fuzz %s: CRASH after %s runs; input saved as %s\n' \
        "$name" "${runs:-?}" "${input:-(none)}"
    # What failed, then the first stack trace's frames in Toward's own code.
    awk -v root="$SOURCE_DIR/" '
        /^ +#[0-9]+ 0x/ {
            if (!framesDone && (index($0, root "src/") || index($0, root "fuzz/")) && shown++ < 8) {
                frame = substr($0, match($0, /#/))
                sub(/0x[0-9a-f]+ in /, "", frame)
                at = index(frame, root)
                print "    " substr(frame, 1, at - 1) substr(frame, at + length(root))
            }
            inFrames = 1
            next
        }
        inFrames { framesDone = 1 }
        !headline && /runtime error:|==ERROR: |ERROR: libFuzzer: / {
            # A failed check (qFatal, Q_ASSERT) prints its message just before the signal.
            headline = /deadly signal/ && previous != "" ? previous : $0
            sub(/^==[0-9]+== ?/, "", headline)
            sub(/ at pc .*/, "", headline)
            print "    " headline
        }
        { previous = $0 }
    ' "$log_file"
    return 1
}

command_fuzz() {
    local seconds=${1:-60}
    if [[ ! $seconds =~ ^[1-9][0-9]*$ ]]; then
        log "fuzz: SECONDS must be a whole number of seconds, not \"$seconds\""
        exit 2
    fi
    # libFuzzer is in libclang-rt-14-dev, which clang only recommends.
    ensure_packages clang libclang-rt-14-dev
    local build_dir="$SOURCE_DIR/build-fuzz"
    configure "$build_dir" RelWithDebInfo OFF -DCMAKE_CXX_COMPILER=clang++ -DTOWARD_FUZZ=ON
    build "$build_dir" --target fuzzers

    local run_dir
    run_dir=$(mktemp -d "${TMPDIR:-/tmp}/toward-fuzz.XXXXXX")
    log "fuzzing each target for ${seconds}s; libFuzzer's output goes to $run_dir/<target>.log"
    local name crashed=0
    for name in "${FUZZ_TARGETS[@]}"; do
        # The seeds are copied: libFuzzer adds every input that finds new code to its corpus.
        local seed_dir="$SOURCE_DIR/fuzz/corpus/$name" corpus="$run_dir/$name/corpus"
        local log_file="$run_dir/$name.log" status=0
        mkdir -p "$corpus"
        cp "$seed_dir"/* "$corpus/"
        # An input that runs for 25 s is a hang to report; libFuzzer would wait 20 minutes.
        UBSAN_OPTIONS=print_stacktrace=1 "$build_dir/fuzz/fuzz_$name" -max_total_time="$seconds" \
            -timeout=25 -print_final_stats=1 -artifact_prefix="$run_dir/$name/" "$corpus" \
            >"$log_file" 2>&1 || status=$?
        report_fuzz_run "$name" "$status" "$seed_dir" "$corpus" "$log_file" || crashed=1
    done
    return "$crashed"
}

command_soak() {
    local kills=${1:-1000}
    if [[ ! $kills =~ ^[1-9][0-9]*$ ]]; then
        log "soak: KILLS must be a positive whole number, not '$kills'"
        exit 2
    fi
    ensure_packages
    configure_dev_build
    build "$DEV_BUILD_DIR" --target safety_tests
    # Outside CTest, so its time limit does not apply and the progress shows as it goes.
    TOWARD_SAFETY_KILLS=$kills "$DEV_BUILD_DIR/tests/safety/safety_tests"
}

command_package() {
    ensure_packages "${PACKAGE_PACKAGES[@]}"
    local build_dir="$SOURCE_DIR/build-package"
    # Debian's hardening flags (fortified functions, stack protector, read-only relocations bound
    # at start), as a package built by debhelper gets them.
    local -x DEB_BUILD_MAINT_OPTIONS=hardening=+all
    local compile_flags link_flags
    compile_flags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    link_flags=$(dpkg-buildflags --get LDFLAGS)
    configure "$build_dir" Release OFF -DCMAKE_INSTALL_PREFIX=/usr -DTOWARD_DEBIAN_PACKAGE=ON \
        -DTOWARD_TESTS=OFF -DTOWARD_BENCHMARKS=OFF "-DCMAKE_CXX_FLAGS=$compile_flags" \
        "-DCMAKE_EXE_LINKER_FLAGS=$link_flags" "-DCMAKE_MODULE_LINKER_FLAGS=$link_flags"
    build "$build_dir"
    local output package
    output=$(cd "$build_dir" && cpack -G DEB)
    printf '%s\n' "$output"
    package=$(sed -n 's/^CPack: - package: \(.*\) generated\.$/\1/p' <<<"$output")
    [[ -f $package ]] || { log "cpack made no package"; exit 1; }
    # Errors fail the command; warnings are printed for a person to judge.
    lintian --fail-on error "$package"
}

main() {
    local command=${1:-help}
    (($#)) && shift
    case $command in
    run) command_run "$@" ;;
    test) command_test "$@" ;;
    bench) command_bench "$@" ;;
    fuzz) command_fuzz "$@" ;;
    soak) command_soak "$@" ;;
    package) command_package "$@" ;;
    # Not in the usage text: lets .ci/run install its own tools with the same logic.
    deps) ensure_packages "$@" ;;
    help | -h | --help) usage ;;
    *)
        log "unknown command: $command"
        usage >&2
        exit 2
        ;;
    esac
}

main "$@"
