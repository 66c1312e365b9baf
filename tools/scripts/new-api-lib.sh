#!/usr/bin/env bash
# Creates the skeleton of an API library: tools/scripts/new-api-lib.sh <dir> <project-name> <tags...>
#   e.g. tools/scripts/new-api-lib.sh libs/catalogue/api catalogue-api scope:api type:api domain:catalogue
# A domain's medium tests (type:test) get a jest config with the medium-test timeout.
set -euo pipefail
dir=$1 name=$2; shift 2
tags=$(printf '"%s",' "$@"); tags="[${tags%,}]"
up=$(echo "$dir" | sed -E 's#[^/]+#..#g')
mkdir -p "$dir/src"
is_test=false; for t in "$@"; do [ "$t" = type:test ] && is_test=true; done
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "$up/node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": $tags,
  "targets": {}
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "$up/tsconfig.base.json",
  "compilerOptions": {
    "module": "commonjs",
    "moduleResolution": "node10",
    "esModuleInterop": true,
    "forceConsistentCasingInFileNames": true,
    "strict": true,
    "noImplicitOverride": true,
    "noImplicitReturns": true,
    "noFallthroughCasesInSwitch": true
  },
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
JSON
cat > "$dir/tsconfig.lib.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$up/dist/out-tsc", "declaration": true, "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["jest.config.ts", "jest.config.cts", "src/**/*.spec.ts", "src/**/*.test.ts"]
}
JSON
cat > "$dir/tsconfig.spec.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$up/dist/out-tsc", "types": ["jest", "node"] },
  "include": ["jest.config.ts", "jest.config.cts", "src/**/*.test.ts", "src/**/*.spec.ts", "src/**/*.d.ts"]
}
JSON
timeout=""
$is_test && timeout="
  // Medium tests start the whole app on a real database; argon2 makes sign-ins deliberately slow.
  testTimeout: 30000,"
cat > "$dir/jest.config.cts" <<JS
module.exports = {
  displayName: '$name',
  preset: '$up/jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\\\.[tj]s\$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '$up/coverage/$dir',
  passWithNoTests: true,$timeout
};
JS
cat > "$dir/eslint.config.mjs" <<JS
import baseConfig from '$up/eslint.config.mjs';

export default [...baseConfig];
JS
[ -f "$dir/src/index.ts" ] || : > "$dir/src/index.ts"
