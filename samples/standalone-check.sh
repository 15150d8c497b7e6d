#!/usr/bin/env bash
# Builds the samples the way a user of Keyway builds them: outside this repository, against Keyway
# installed into a local Maven repository.
#
#   1. a throw-away local repository is seeded from ~/.m2/repository (plugins, JUnit, the AWS SDK...),
#      leaving Keyway's own artifacts out, and Keyway is installed into it (mvn install -DskipTests);
#   2. copies of samples/shop and samples/notes-api are built and tested there (mvn verify), and
#      shop.jar run;
#   3. a project made of the pom.xml shown in docs/getting-started.md and the Java files of
#      samples/getting-started is built and tested there.
#
# Nothing is written to ~/.m2; the temporary directory is removed at the end (set KEEP=1 to keep it).
# Arguments are passed to every mvn call: `samples/standalone-check.sh -o` works offline once
# ~/.m2/repository holds what the build needs. KEYWAY_SEED_REPO names another seed repository.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seed=${KEYWAY_SEED_REPO:-$HOME/.m2/repository}
work=$(mktemp -d "${TMPDIR:-/tmp}/keyway-standalone.XXXXXX")
if [[ "${KEEP:-0}" == 1 ]]; then
  echo "keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi
repo=$work/repository
mvn_args=(-B -q -Dmaven.repo.local="$repo" "$@")

step() { printf '%s [%3ds] %s\n' "$(date -u +%H:%M:%S)" "$SECONDS" "$*"; }

step "seeding $repo from $seed (without dev/keyway)"
mkdir -p "$repo"
if [[ -d "$seed" ]]; then
  (cd "$seed" && tar --exclude=./dev/keyway -cf - .) | (cd "$repo" && tar -xf -)
fi

step "installing Keyway into it"
mvn "${mvn_args[@]}" -f "$root/pom.xml" install -DskipTests \
  -pl '!benchmarks,!samples,!samples/shop,!samples/notes-api,!samples/getting-started'

step "building a copy of samples/shop"
cp -R "$root/samples/shop" "$work/shop"
rm -rf "$work/shop/target"
mvn "${mvn_args[@]}" -f "$work/shop/pom.xml" verify
java -jar "$work/shop/target/shop.jar" > "$work/shop.out"

step "building a copy of samples/notes-api"
cp -R "$root/samples/notes-api" "$work/notes-api"
rm -rf "$work/notes-api/target"
mvn "${mvn_args[@]}" -f "$work/notes-api/pom.xml" verify

step "building the project of docs/getting-started.md"
mkdir -p "$work/library/src/main/java/com" "$work/library/src/test/java/com"
awk '/^```xml$/ { on = 1; next } on && /^```$/ { exit } on' "$root/docs/getting-started.md" \
  > "$work/library/pom.xml"
cp -R "$root/samples/getting-started/src/main/java/com/example" "$work/library/src/main/java/com/"
cp -R "$root/samples/getting-started/src/test/java/com/example" "$work/library/src/test/java/com/"
mvn "${mvn_args[@]}" -f "$work/library/pom.xml" verify

step "standalone builds pass"
