# Sourced by scripts/run-server.sh and scripts/crm, so that out of the box both use one database,
# <repo>/data/crm.db, wherever they are started from. Only when the user chose nothing: no
# --config FILE among the arguments, no CRM_CONFIG and no CRM_Storage__Path in the environment.
# (A --config file without Storage:Path then means data/crm.db under the current directory.)
crm_default_database() {
    local root=$1 arg
    shift
    if [[ -n ${CRM_CONFIG:-} || -n ${CRM_Storage__Path:-} ]]; then
        return 0
    fi
    for arg in "$@"; do
        case $arg in
            --config | --config=*) return 0 ;;
        esac
    done
    export CRM_Storage__Path="$root/data/crm.db"
}
