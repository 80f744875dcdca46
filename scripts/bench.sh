#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them: scripts/bench.sh [name] [options]
#   scripts/bench.sh --help        lists the benchmarks and options
#   scripts/bench.sh soap-read --duration 10 --runs 3
# Seeded databases are cached in .artifacts/bench (ignored by git); delete it to reseed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo/tests/CrmIntegration.Benchmarks/CrmIntegration.Benchmarks.csproj"

echo "bench: building Release..." >&2
log="$(mktemp)"
if ! dotnet build "$project" -c Release --nologo -v quiet -tl:off >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"

exec dotnet "$repo/tests/CrmIntegration.Benchmarks/bin/Release/net10.0/crm-bench.dll" "$@"
