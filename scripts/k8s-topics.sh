#!/usr/bin/env bash
# npm run k8s:topics [-- --check]: the Strimzi topics/users and KEDA ScaledObjects
# generated from libs/contracts; see scripts/k8s/kafka-resources.ts. Compiles only
# the generator and what it imports, into .run/k8s-gen.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
ensure_node_modules
npx tsc -p scripts/k8s/tsconfig.json || die "the generator did not compile"
exec node -e '
  require("tsconfig-paths").register({ baseUrl: ".run/k8s-gen", paths: require("./tsconfig.json").compilerOptions.paths });
  require("./.run/k8s-gen/scripts/k8s/generate.js");
' -- "$@"
