# Shared by scripts/demo, scripts/test and .ci/run: make sure the Debian packages axle needs are
# installed, and that a build directory exists and is up to date.

# Tests run two at a time on a 2-core machine; OpenBLAS would start a thread per core in every
# process and oversubscribe them (LAPACK calls measured 10-35x slower under load). One BLAS thread
# per process unless the caller chose otherwise.
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}

AXLE_PACKAGES="gcc pkg-config meson ninja-build libgmp-dev liblapacke-dev libopenblas-dev libcriterion-dev"
# Also needed by scripts/fuzz (clang, and libFuzzer's runtime libclang_rt.fuzzer on Debian 12).
AXLE_FUZZ_PACKAGES="clang libclang-rt-14-dev"

# axle_ensure_packages [EXTRA...]: install whatever of AXLE_PACKAGES and EXTRA is missing (as
# root), or print the exact apt-get line and fail.
axle_ensure_packages() {
    local missing=() p
    for p in $AXLE_PACKAGES "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "axle: installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
            { echo "axle: apt-get install failed" >&2; return 1; }
    else
        echo "axle: missing Debian packages; run as root:" >&2
        echo "  apt-get install -y ${missing[*]}" >&2
        return 1
    fi
}

# axle_configure DIR [meson options...]: configure DIR if it is not configured yet.
axle_configure() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" "$@" >/dev/null || { echo "axle: meson setup $dir failed" >&2; return 1; }
    fi
}

# axle_build_targets DIR [TARGET...]: build the named ninja targets of DIR (all when none).
axle_build_targets() {
    local dir=$1
    shift
    ninja -C "$dir" "$@" >/dev/null || ninja -C "$dir" "$@"
}

# axle_build DIR [meson options...]: configure DIR if needed, then build all of it.
axle_build() {
    local dir=$1
    shift
    axle_configure "$dir" "$@" && axle_build_targets "$dir"
}

# axle_counts DIR: print "PASSED FAILED" from the test log of the last `meson test` in DIR.
axle_counts() {
    local log="$1/meson-logs/testlog.json" ok bad
    ok=$(grep -Ec '"result": "(OK|EXPECTEDFAIL)"' "$log" 2>/dev/null || true)
    bad=$(grep -Ec '"result": "(FAIL|UNEXPECTEDPASS|TIMEOUT|ERROR)"' "$log" 2>/dev/null || true)
    echo "${ok:-0} ${bad:-0}"
}
