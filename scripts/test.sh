#!/usr/bin/env bash
# Builds the solution, runs every test project (tests/*/*.Tests.csproj) and ends with exactly one
# line totalled over all of them:   N passed, N failed, N skipped
# Exits non-zero when the build fails (then the last line says so, never "0 failed"), when any
# test fails, or when a test run ends without a complete result file. The server's end-to-end
# suites (v4_1, intake) run twice: on LiteDB, then on PostgreSQL. Extra arguments go to
# `dotnet test` (e.g. --filter FullyQualifiedName~Interop). Works from any directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

python=/usr/bin/python3
[[ -x $python ]] || python=python3

mkdir -p TestResults
results="$(mktemp -d "$root/TestResults/test-sh.XXXXXX")"
echo "test results: $results" >&2

if ! dotnet build CrmIntegration.sln --nologo -v quiet; then
    echo "build failed"
    exit 1
fi

projects=(tests/*/*.Tests.csproj)
broken=0
for project in "${projects[@]}"; do
    name="$(basename "$project" .csproj)"
    rc=0
    dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || rc=$?
    if [[ ! -s "$results/$name.trx" ]]; then
        echo "$name: no result file (dotnet test exit code $rc)" >&2
        broken=1
    elif [[ $rc -ne 0 ]]; then
        # A failing test also exits non-zero; the result files decide whether it was more than that.
        echo "$name: dotnet test exit code $rc" >&2
    fi
done

# The end-to-end suites once more, on PostgreSQL (v4_1 with conversion, intake, mail, jobs, HTTP,
# golden WSDL; hand-off and interop are about the LiteDB host and the wire): each server gets a
# database of its own in a throwaway cluster the run starts itself
# (tests/CrmIntegration.Server.Tests/Infrastructure/TestStore.cs).
# Extra arguments choose the tests instead of the default selection.
name=CrmIntegration.Server.Tests.PostgreSql
selection=(--filter "FullyQualifiedName~.V41.|FullyQualifiedName~.Intake.|FullyQualifiedName~.Mail.|FullyQualifiedName~.Jobs.|FullyQualifiedName~.Http.|FullyQualifiedName~.Golden.")
[[ $# -gt 0 ]] && selection=("$@")
rc=0
CRM_TEST_STORE=PostgreSql dotnet test tests/CrmIntegration.Server.Tests/CrmIntegration.Server.Tests.csproj --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "${selection[@]}" || rc=$?
if [[ ! -s "$results/$name.trx" ]]; then
    echo "$name: no result file (dotnet test exit code $rc)" >&2
    broken=1
elif [[ $rc -ne 0 ]]; then
    echo "$name: dotnet test exit code $rc" >&2
fi

# Count the outcome of every top-level test result in every result file. Anything that neither
# passed nor was skipped (Failed, Error, Timeout, Aborted, …) counts as failed; a result file
# that says the run itself did not complete marks the run broken.
summary="$("$python" - "$results" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
incomplete = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.trx"))):
    root = ET.parse(path).getroot()
    for result in root.findall("t:Results/t:UnitTestResult", ns):
        outcome = result.get("outcome", "")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
    summary = root.find("t:ResultSummary", ns)
    if summary is None or summary.get("outcome") in ("Aborted", "Error", "Timeout", "Disconnected"):
        incomplete.append(os.path.basename(path))
print(passed, failed, skipped, " ".join(incomplete))
PY
)"
read -r passed failed skipped incomplete <<<"$summary"
if [[ -n ${incomplete:-} ]]; then
    echo "incomplete test runs: $incomplete" >&2
    broken=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
if [[ $failed -ne 0 || $broken -ne 0 ]]; then
    exit 1
fi
