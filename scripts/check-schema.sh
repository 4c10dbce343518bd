#!/usr/bin/env bash
# Checks `protract schema` with a real JSON Schema validator, check-jsonschema from PyPI:
#   - the schema itself is valid draft 2020-12;
#   - every programme in Programs/ (not the exercise catalog), the starter from `protract new` and
#     every file in Tests/ProtractCLITests/SchemaFixtures/valid/ passes;
#   - every file in Tests/ProtractCLITests/SchemaFixtures/invalid/ fails with a schema error;
#   - every file in .../validate-only/ passes the schema and is refused by `protract validate`
#     (the rules JSON Schema cannot express, listed in docs/authoring.md);
#   - `protract schema --catalog` is valid, Programs/exercises.yaml passes it and every file in
#     .../catalog-invalid/ fails it.
# check-jsonschema is installed into a virtual environment in .build-venv/ (git-ignored) on first use.
#
# Usage: scripts/check-schema.sh        (PROTRACT=path/to/protract to choose the binary;
#                                        default .build/debug/protract, built when missing)
# Exit status: 0 all as expected, 1 a file passed or failed when it should not, 2 setup failed.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build-venv
fixtures=Tests/ProtractCLITests/SchemaFixtures
protract=${PROTRACT:-.build/debug/protract}

if [ ! -x "$venv/bin/check-jsonschema" ]; then
    command -v python3 >/dev/null 2>&1 || { echo "check-schema: python3 is needed" >&2; exit 2; }
    if [ ! -x "$venv/bin/pip" ]; then
        python3 -m venv "$venv" || { echo "check-schema: could not create $venv (python3-venv missing?)" >&2; exit 2; }
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check check-jsonschema \
        || { echo "check-schema: could not install check-jsonschema from PyPI" >&2; exit 2; }
fi
if [ ! -x "$protract" ]; then
    swift build --product protract >&2 || { echo "check-schema: could not build protract" >&2; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
schema="$work/programme.schema.json"
"$protract" schema > "$schema" || { echo "check-schema: '$protract schema' failed" >&2; exit 2; }

check() { "$venv/bin/check-jsonschema" --schemafile "$schema" "$@"; }

failed=0
"$venv/bin/check-jsonschema" --check-metaschema "$schema" >/dev/null || {
    echo "check-schema: the schema is not valid JSON Schema" >&2
    "$venv/bin/check-jsonschema" --check-metaschema "$schema" >&2 || true
    failed=1
}

"$protract" new "$work/starter.yaml" 2>/dev/null || { echo "check-schema: '$protract new' failed" >&2; exit 2; }
must_pass=("$work/starter.yaml")
for file in Programs/*.yaml Programs/*.yml "$fixtures"/valid/*.yaml; do
    [ -e "$file" ] || continue
    [ "$(basename "$file")" = exercises.yaml ] && continue
    must_pass+=("$file")
done
for file in "${must_pass[@]}"; do
    if ! output=$(check "$file" 2>&1); then
        echo "FAIL (should pass): $file"
        echo "$output" | sed 's/^/    /'
        failed=1
    fi
done

invalid=0
for file in "$fixtures"/invalid/*.yaml; do
    [ -e "$file" ] || continue
    invalid=$((invalid + 1))
    if output=$(check "$file" 2>&1); then
        echo "FAIL (should fail): $file passed the schema"
        failed=1
    elif ! grep -q "Schema validation errors were encountered" <<<"$output"; then
        echo "FAIL (should fail with a schema error, not another error): $file"
        echo "$output" | sed 's/^/    /'
        failed=1
    fi
done

validate_only=0
for file in "$fixtures"/validate-only/*.yaml; do
    [ -e "$file" ] || continue
    validate_only=$((validate_only + 1))
    if ! output=$(check "$file" 2>&1); then
        echo "FAIL (should pass the schema; only validate refuses it): $file"
        echo "$output" | sed 's/^/    /'
        failed=1
    fi
    status=0
    "$protract" validate "$file" >/dev/null 2>&1 || status=$?
    if [ "$status" -ne 65 ]; then
        echo "FAIL (protract validate should refuse it with status 65, got $status): $file"
        failed=1
    fi
done

catalog_schema="$work/catalog.schema.json"
"$protract" schema --catalog > "$catalog_schema" || { echo "check-schema: '$protract schema --catalog' failed" >&2; exit 2; }
"$venv/bin/check-jsonschema" --check-metaschema "$catalog_schema" >/dev/null || {
    echo "check-schema: the catalog schema is not valid JSON Schema" >&2
    failed=1
}
if ! output=$("$venv/bin/check-jsonschema" --schemafile "$catalog_schema" Programs/exercises.yaml 2>&1); then
    echo "FAIL (should pass the catalog schema): Programs/exercises.yaml"
    echo "$output" | sed 's/^/    /'
    failed=1
fi
catalog_invalid=0
for file in "$fixtures"/catalog-invalid/*.yaml; do
    [ -e "$file" ] || continue
    catalog_invalid=$((catalog_invalid + 1))
    if output=$("$venv/bin/check-jsonschema" --schemafile "$catalog_schema" "$file" 2>&1); then
        echo "FAIL (should fail the catalog schema): $file passed"
        failed=1
    fi
done

echo "check-schema: ${#must_pass[@]} files must pass, $invalid must fail, $validate_only pass but fail validate;" \
    "catalog: 1 must pass, $catalog_invalid must fail: $([ $failed = 0 ] && echo ok || echo FAILED)"
exit $failed
