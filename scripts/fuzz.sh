#!/usr/bin/env bash
# Builds and runs Protract's libFuzzer targets.
#
#   scripts/fuzz.sh TARGET SECONDS     TARGET: programme | profile | journal | text-wrap | ics | all
#   scripts/fuzz.sh --smoke            every target for 12 s with a fixed seed (CI: under a minute of fuzzing)
#   scripts/fuzz.sh --build-only       build every target and stop
#
# Targets (sources in Fuzz/, properties in Tests/FuzzRegressionTests/FuzzChecks.swift):
#   programme   YAML -> YAMLKit -> Programme -> validation -> plugins -> plan -> text and JSON
#   profile     YAML -> YAMLKit -> Profile -> the flagship programme planned for that person
#   journal     a course journal -> JournalFile -> written back and read again -> replayed into the flagship
#   text-wrap   the one word wrapper (LineWrapper): no line over the width, no word lost
#   ics         the .ics ContentLine escaper and folder: no line over 75 octets, round-trips
#
# Everything is built with `swiftc -sanitize=fuzzer,address` into .build-fuzz/ (gitignored), one
# module at a time, from the same sources SwiftPM builds. The corpus lives in
# .build-fuzz/corpus-TARGET and is seeded on every run from Programs/, the test fixtures and
# Fuzz/seeds/. Limits: -rss_limit_mb=200 -max_len=1048576 and -timeout=1 for text-wrap and ics,
# -timeout=10 for programme, profile and journal, which plan at 520 weeks (no input under 1 MB may take
# longer or 200 MB). A crash, a timeout or an out-of-memory input is copied into
# Tests/FuzzRegressionTests/Regressions/TARGET/, which the test suite replays; the script then
# exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=$PWD
OUT=$ROOT/.build-fuzz
TARGETS=(programme profile journal text-wrap ics)
MODULES=(
    "YAMLKit:Sources/YAMLKit"
    "PlanKit:Sources/PlanKit"
    "PlanRendering:Sources/PlanRendering"
    "MobilityWarmUp:Plugins/MobilityWarmUp"
    "StabilizerStrength:Plugins/StabilizerStrength"
    "PushUpProgression:Plugins/PushUpProgression"
)
SWIFT_FLAGS=(
    -O -g -sanitize=fuzzer,address -swift-version 6 -enable-testing
    -enable-upcoming-feature ExistentialAny
    -enable-upcoming-feature InternalImportsByDefault
    -enable-upcoming-feature MemberImportVisibility
    -I "$OUT/modules" -I "$ROOT/Sources/CYAML"
)

usage() {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 64
}

build_modules() {
    mkdir -p "$OUT/modules" "$OUT/objects"
    local stamp=$OUT/objects/.built entry name dir sources
    # Rebuild every module when any of their sources is newer than the last full build.
    if [ -f "$stamp" ] && [ -z "$(find Sources/YAMLKit Sources/PlanKit Sources/PlanRendering Plugins -name '*.swift' -newer "$stamp" -print -quit)" ]; then
        return
    fi
    for entry in "${MODULES[@]}"; do
        name=${entry%%:*}
        dir=${entry#*:}
        echo "fuzz: building $name" >&2
        mapfile -t sources < <(find "$dir" -name '*.swift' | sort)
        swiftc "${SWIFT_FLAGS[@]}" -parse-as-library -wmo -module-name "$name" \
            -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
            -c -o "$OUT/objects/$name.o" "${sources[@]}"
    done
    touch "$stamp"
}

build_target() {
    local target=$1 binary=$OUT/bin/$1
    mkdir -p "$OUT/bin"
    if [ -f "$binary" ] && [ -z "$(find Fuzz/"$target".swift Tests/FuzzRegressionTests/FuzzChecks.swift "$OUT/objects" -newer "$binary" -print -quit)" ]; then
        return
    fi
    echo "fuzz: linking $target" >&2
    swiftc "${SWIFT_FLAGS[@]}" -parse-as-library -module-name "Fuzz_${target//-/_}" \
        Fuzz/"$target".swift Tests/FuzzRegressionTests/FuzzChecks.swift "$OUT"/objects/*.o \
        -use-ld=lld -lyaml -o "$binary" 2>&1 | grep -v "Cannot export local symbol" >&2 || true
    [ -x "$binary" ] || { echo "fuzz: linking $target failed" >&2; exit 1; }
}

seed_corpus() {
    local target=$1 corpus=$OUT/corpus-$1
    mkdir -p "$corpus"
    case $target in
        programme)
            cp -n Programs/*.yaml "$corpus"/ 2>/dev/null || true
            find Tests -path '*Fixtures*' -name '*.yaml' -exec cp -n {} "$corpus"/ \; ;;
        profile) ;;
        journal) ;;
        text-wrap|ics) ;;
    esac
    if [ -d Fuzz/seeds/"$target" ]; then cp -n Fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true; fi
    # Earlier findings stay in the corpus, so a fixed bug is checked on every run.
    find Tests/FuzzRegressionTests/Regressions/"$target" -type f ! -name '.keep' -exec cp -n {} "$corpus"/ \;
}

run_target() {
    local target=$1 seconds=$2 artifacts=$OUT/artifacts/$1/ dict=() timeout=1
    mkdir -p "$artifacts"
    [ "$target" = text-wrap ] || [ "$target" = ics ] || dict=(-dict="$ROOT/Fuzz/yaml.dict")
    # Programmes and profiles are planned at 520 weeks: a daily programme makes 3,640 sessions,
    # which under ASan takes a few seconds. A hang is anything past ten.
    [ "$target" = text-wrap ] || [ "$target" = ics ] || timeout=10
    seed_corpus "$target"
    echo "fuzz: running $target for ${seconds}s" >&2
    local before status=0
    before=$(date +%s)
    touch "$OUT/.run-start"
    # ASan's quarantine would count toward the 200 MB: keep it small so the limit measures Protract.
    # Swift's own backtracer is off so that libFuzzer sees the trap and saves the input.
    PROTRACT_PROGRAMS=$ROOT/Programs SWIFT_BACKTRACE=enable=no \
        ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:quarantine_size_mb=8:malloc_context_size=8 \
        "$OUT/bin/$target" "${dict[@]}" "${SEED_ARGS[@]}" -max_total_time="$seconds" -rss_limit_mb=200 -timeout="$timeout" \
        -max_len=1048576 -print_final_stats=1 -artifact_prefix="$artifacts" "$OUT/corpus-$target" \
        >"$OUT/$target.log" 2>&1 || status=$?
    grep -E '^stat::number_of_executed_units|^#[0-9]+ +DONE|SUMMARY|ERROR' "$OUT/$target.log" >&2 || true
    echo "fuzz: $target ran $(( $(date +%s) - before ))s, log in $OUT/$target.log" >&2
    local found=0 file name
    while IFS= read -r file; do
        name=$(basename "$file")
        mkdir -p Tests/FuzzRegressionTests/Regressions/"$target"
        cp "$file" Tests/FuzzRegressionTests/Regressions/"$target/$name"
        echo "fuzz: kept $name in Tests/FuzzRegressionTests/Regressions/$target/" >&2
        found=1
    done < <(find "$artifacts" -type f -newer "$OUT/.run-start" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' -o -name 'leak-*' \))
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        echo "fuzz: $target FAILED (exit $status); see $OUT/$target.log" >&2
        return 1
    fi
}

[ $# -ge 1 ] || usage
SEED_ARGS=()
case $1 in
    --smoke) set -- all 12; SEED_ARGS=(-seed=1) ;;
    --build-only) set -- build 0 ;;
esac
[ $# -eq 2 ] || usage
TARGET=$1
SECONDS_EACH=$2
[[ $SECONDS_EACH =~ ^[0-9]+$ ]] || usage

scripts/ensure-deps.sh
build_modules
case $TARGET in
    all|build) selected=("${TARGETS[@]}") ;;
    programme|profile|journal|text-wrap|ics) selected=("$TARGET") ;;
    *) usage ;;
esac
for target in "${selected[@]}"; do build_target "$target"; done
[ "$TARGET" = build ] && exit 0

failed=0
for target in "${selected[@]}"; do run_target "$target" "$SECONDS_EACH" || failed=1; done
exit $failed
