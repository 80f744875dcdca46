#!/usr/bin/env bash
# Runs the CrmIntegration server in the foreground (Ctrl+C stops it), building it in Release
# first when the build is missing or older than any source under core/ or server/.
#
# Settings (README, Configuration): the built-in appsettings.json, then --config FILE (or
# CRM_CONFIG), then CRM_Section__Key environment variables, then the arguments, which are passed to
# the server (e.g. --Server:Urls=http://0.0.0.0:5080). Unless you chose a database yourself (with
# --config, CRM_CONFIG or CRM_Storage__Path), it is <repo>/data/crm.db, the one scripts/crm uses.
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

# shellcheck source=lib/default-database.sh
source "$root/scripts/lib/default-database.sh"
crm_default_database "$root" "$@"
exec dotnet "$dll" "$@"
