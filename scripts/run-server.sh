#!/usr/bin/env bash
# Runs the CrmIntegration server in the foreground (Ctrl+C stops it), building it in Release
# first when the build is missing or older than any source under core/ or server/.
#
# Settings come from the environment (CRM_ prefix, see server/Extensions/ServerSettings.cs);
# defaults here: CRM_DATA_DIR=<repo>/data, CRM_URLS=http://127.0.0.1:5080. Arguments are passed
# to the server (e.g. --URLS=http://0.0.0.0:5080). A relative CRM_DATA_DIR is taken from the
# current directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/server/CrmIntegration.Server.csproj"
dll="$root/server/bin/Release/net10.0/CrmIntegration.Server.dll"

stale() {
    [[ ! -f $dll ]] && return 0
    local newer
    newer="$(find "$root/core" "$root/server" "$root"/Directory.*.props \
        \( -path '*/bin' -o -path '*/obj' \) -prune -o \
        -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) \
        -newer "$dll" -print -quit)"
    [[ -n $newer ]]
}

if stale; then
    echo "building the server (Release)…" >&2
    dotnet build "$project" -c Release --nologo -v quiet >&2
fi

export CRM_DATA_DIR="${CRM_DATA_DIR:-$root/data}"
export CRM_URLS="${CRM_URLS:-http://127.0.0.1:5080}"
mkdir -p "$CRM_DATA_DIR"
exec dotnet "$dll" "$@"
