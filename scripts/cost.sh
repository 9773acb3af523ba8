#!/usr/bin/env bash
# What the crate costs its users, with the editions (the default) and without
# them: its own compile time, a dependent's cold build, the number of public
# items, and how much a binary grows when it calls `declaration().search(..)`.
# Run from the repository: `bash scripts/cost.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/cost
mkdir -p "$work"
export CARGO_TERM_COLOR=never

now() { date +%s.%N; }
seconds() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }

echo "== the crate's own compile time (release, $(nproc) cores), its dependencies built before"
for features in "" "--no-default-features"; do
    dir=$work/compile${features:+-nodefault}
    cargo build --quiet --release --lib $features --target-dir "$dir"
    cargo clean --quiet --release -p asem-seoul-declaration --target-dir "$dir"
    start=$(now)
    cargo build --quiet --release --lib $features --target-dir "$dir"
    echo "features: ${features:-default (editions)}  the crate alone: $(seconds "$start" "$(now)")s"
done

echo
echo "== a dependent's cold build (debug, empty target directory, dependencies downloaded)"
dependent() { # name, dependency line
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' "$1" "$2" > "$work/$1/Cargo.toml"
    printf 'fn main() {\n    println!("{}", asem_seoul_declaration::declaration().paragraphs().len());\n}\n' > "$work/$1/src/main.rs"
    rm -rf "$work/$1/target"
    cargo fetch --quiet --manifest-path "$work/$1/Cargo.toml"
    start=$(now)
    cargo build --quiet --manifest-path "$work/$1/Cargo.toml" --target-dir "$work/$1/target"
    echo "$1: $(seconds "$start" "$(now)")s"
}
dependent dependent-default "asem-seoul-declaration = { path = \"$root\" }"
dependent dependent-core "asem-seoul-declaration = { path = \"$root\", default-features = false }"

echo
echo "== public items (rustdoc JSON, nightly), each counted once however re-exported"
for features in "" "--no-default-features"; do
    dir=$work/rustdoc${features:+-nodefault}
    cargo +nightly rustdoc --quiet --lib $features --target-dir "$dir" -- -Z unstable-options --output-format json 2> /dev/null
    echo "features: ${features:-default (editions)}  $(python3 scripts/public_items.py "$dir/doc/asem_seoul_declaration.json")"
done

echo
echo "== dependencies without default features"
if cargo tree --no-default-features -e normal --prefix none | grep -q '^serde'; then
    echo "serde is still pulled in without default features" >&2
    exit 1
fi
cargo tree --no-default-features -e normal --prefix none | sort -u | tr '\n' ' '
echo

echo
echo "== binary growth (release, stripped)"
make_bin() { # name, dependency line, body
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\n\n[profile.release]\nstrip = true\n\n[workspace]\n' "$1" "$2" > "$work/$1/Cargo.toml"
    printf 'fn main() {\n    let query = std::env::args().nth(1).unwrap_or_default();\n%s\n    println!("{hits}");\n}\n' "$3" > "$work/$1/src/main.rs"
    cargo build --quiet --release --manifest-path "$work/$1/Cargo.toml" --target-dir "$work/bin-target"
    stat -c %s "$work/bin-target/release/$1"
}
without=$(make_bin without "" '    let hits = query.to_lowercase().matches("education").count();')
with=$(make_bin with "asem-seoul-declaration = { path = \"$root\", default-features = false }" \
    '    let hits = asem_seoul_declaration::declaration().search(&query).map_or(0, |h| h.count());')
echo "without the crate: $without bytes; with declaration().search(..): $with bytes; growth: $((with - without)) bytes"
