#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz and runs each for
# FUZZ_SECONDS seconds; `make fuzz` runs it (see README.md).  Not part of
# `make check`.
#
# Environment (make sets all but the last three):
#   srcdir, builddir   top of the source and build trees (absolute)
#   FUZZ_LIB_SOURCES   the library's sources, relative to srcdir
#   FUZZ_LIBS          what the library links with (-lmnl -lpcap ...)
#   OFCT               the built ofct, whose flow_mods seed fuzz-ofp-print
#   CC                 the build's compiler
#   FUZZ_CC            the compiler to use (default: CC if it supports
#                      -fsanitize=fuzzer, else clang if it does)
#   FUZZ_SECONDS       time per target (default 60)
#   FUZZ_ARGS          more libFuzzer options (-jobs=..., -dict=...)
#
# Usage: fuzz.sh TARGET...  (TARGET: fuzz-actions, fuzz-odp, ...)
#
# Everything goes to $builddir/tests/fuzz-build: the instrumented library
# (obj/, libofct-fuzz.a), the targets (bin/), the seeds made from
# tests/data by make-corpus.py (seeds/), the corpus each run grows and the
# next one starts from (corpus/TARGET/), and the inputs that failed
# (artifacts/TARGET/crash-*, leak-*, timeout-*).  Exits 1 if a target
# failed.

set -u
: "${srcdir:?}" "${builddir:?}" "${FUZZ_LIB_SOURCES:?}"
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_ARGS=${FUZZ_ARGS:-}
FUZZ_LIBS=${FUZZ_LIBS:--lmnl -lpcap}
out=$builddir/tests/fuzz-build
SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined'
mkdir -p "$out/obj" "$out/bin" || exit 1

# Which compiler: one that links a libFuzzer program.
supports_fuzzer() {
    printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
        'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)' \
        '{ return (int) (d && n) * 0; }' >"$out/probe.c"
    $1 -fsanitize=fuzzer $SAN "$out/probe.c" -o "$out/probe" \
        >/dev/null 2>&1
}
cc=
for c in ${FUZZ_CC:-} ${FUZZ_CC:+__none__} ${CC:-cc} clang; do
    test "$c" = __none__ && break
    if supports_fuzzer "$c"; then cc=$c; break; fi
done
rm -f "$out/probe" "$out/probe.c"
if test -z "$cc"; then
    echo "fuzz: no compiler supports -fsanitize=fuzzer (set FUZZ_CC to" \
         "a clang with libFuzzer); nothing fuzzed" >&2
    exit 0
fi

CFLAGS="-std=gnu11 -g -O1 -fno-omit-frame-pointer $SAN"
CPPFLAGS="-I$srcdir/include -I$srcdir/lib -I$builddir -I$srcdir/tests/fuzz"

# The library, instrumented for coverage: an object is rebuilt when its
# source or any header is newer.
newest_h=$(ls -t $(find "$srcdir/include" "$srcdir/lib" -name '*.h') \
           "$builddir/config.h" | head -n 1)
objs=
for s in $FUZZ_LIB_SOURCES; do
    case $s in *.c) ;; *) continue ;; esac
    o=$out/obj/$(echo "$s" | tr / _ | sed 's/\.c$/.o/')
    objs="$objs $o"
    if test ! -f "$o" || test "$srcdir/$s" -nt "$o" \
            || test "$newest_h" -nt "$o"; then
        echo "  CC       $s (fuzz)"
        $cc $CFLAGS -fsanitize=fuzzer-no-link $CPPFLAGS -c "$srcdir/$s" \
            -o "$o" || exit 1
    fi
done
rm -f "$out/libofct-fuzz.a"
ar rcs "$out/libofct-fuzz.a" $objs || exit 1

for t in "$@"; do
    echo "  CCLD     $t"
    $cc $CFLAGS -fsanitize=fuzzer $CPPFLAGS "$srcdir/tests/fuzz/$t.c" \
        "$out/libofct-fuzz.a" $FUZZ_LIBS -lpthread -o "$out/bin/$t" || exit 1
done

# Seeds from the test data (none without Python 3: the targets still run).
rm -rf "$out/seeds"
if command -v python3 >/dev/null 2>&1; then
    python3 "$srcdir/tests/fuzz/make-corpus.py" "$srcdir" "$out/seeds" \
        >/dev/null || exit 1
fi

status=0
for t in "$@"; do
    mkdir -p "$out/corpus/$t" "$out/artifacts/$t" "$out/seeds/$t"
    echo "fuzz: $t for ${FUZZ_SECONDS}s (log: $out/$t.log)"
    # shellcheck disable=SC2086
    if "$out/bin/$t" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 \
            -timeout=10 -print_final_stats=1 \
            -artifact_prefix="$out/artifacts/$t/" $FUZZ_ARGS \
            "$out/corpus/$t" "$out/seeds/$t" >"$out/$t.log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' \
            "$out/$t.log" | tail -n 2 | sed 's/^/  /'
    else
        status=1
        echo "fuzz: $t FAILED; see $out/$t.log and $out/artifacts/$t/" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY)|runtime error' "$out/$t.log" \
            | head -n 3 | sed 's/^/  /' >&2
    fi
done
exit $status
