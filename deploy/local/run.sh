#!/usr/bin/env bash
# The README's run command: builds what changed, then runs the whole local stack (one embedded
# PostgreSQL, Keycloak with the demo realm, catalog-service, program-service, web-ui).
# Options: --reset (start from empty data), --data DIR, --postgres-port N. Ctrl-C stops it all.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

changed_since() { # changed_since FILE PATH...: is any PATH newer than FILE (or FILE missing)?
  local target=$1; shift
  [ -f "$target" ] || return 0
  [ -n "$(find "$@" -newer "$target" -print -quit 2>/dev/null)" ]
}

build=false
for module in catalog-service program-service web-ui; do
  if changed_since "$module/target/quarkus-app/quarkus-run.jar" "$module/src/main" "$module/pom.xml" pom.xml; then
    build=true
  fi
done
if $build; then
  echo "Building Limber (first run or changed sources)..."
  ./mvnw -B -q package -Dmaven.test.skip=true
fi
if changed_since deploy/local/target/limber-local.jar deploy/local/src deploy/local/pom.xml; then
  ./mvnw -B -q -f deploy/local/pom.xml package
fi
exec java -Dlimber.root="$root" -jar deploy/local/target/limber-local.jar "$@"
