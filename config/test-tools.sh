#!/usr/bin/env bash
# Prepares what the integration tests need from Debian's packages, installing only what is missing.
#   config/test-tools.sh [browser] [postgresql] [signing]     (no argument: everything)
#   browser     Chromium and its driver (Selenium), poppler-utils (pdfsig, pdftotext): ear's ITs
#   signing     poppler-utils (pdfsig, pdftotext), SoftHSM2 and OpenSC (pkcs11-tool): ejb's signing tests
#   postgresql  PostgreSQL, its cluster started, the test role and database created: ejb's ITs
# Idempotent: a second run changes nothing. The test database can be chosen with
# QLVB_PG_DB, QLVB_PG_USER, QLVB_PG_PASSWORD (defaults qlvb_test, qlvb, qlvb; the ITs' defaults).
set -euo pipefail

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(browser postgresql signing)
wants() {
  local g
  for g in "${groups[@]}"; do [ "$g" = "$1" ] && return 0; done
  return 1
}
for g in "${groups[@]}"; do
  case "$g" in
    browser|postgresql|signing) ;;
    *) echo "test-tools.sh: unknown group '$g' (browser, postgresql, signing)" >&2; exit 2 ;;
  esac
done

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

need=()
if wants browser; then
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium chromium-driver)
  [ -x /usr/lib/chromium/chromium ] || need+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fi
if wants signing; then
  command -v pdfsig >/dev/null 2>&1 || need+=(poppler-utils)
  command -v softhsm2-util >/dev/null 2>&1 || need+=(softhsm2)
  command -v pkcs11-tool >/dev/null 2>&1 || need+=(opensc)
fi
if wants postgresql; then
  command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(ls /usr/lib/postgresql/*/bin/postgres 2>/dev/null)" ] \
    || need+=(postgresql)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing test tools: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

wants postgresql || exit 0

pg_db=${QLVB_PG_DB:-qlvb_test}
pg_user=${QLVB_PG_USER:-qlvb}
pg_password=${QLVB_PG_PASSWORD:-qlvb}

# As the postgres superuser, from a directory it can read.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && sudo -u postgres -- "$@")
  fi
}
psql_admin() {
  as_postgres psql -X -q -v ON_ERROR_STOP=1 "$@"
}

# The cluster: Debian's package creates one (e.g. 15/main) but does not start it here.
read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | head -n 1) || true
if [ -z "${pg_version:-}" ]; then
  pg_version=$(basename "$(ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1)")
  pg_cluster=main
  echo "Creating PostgreSQL cluster $pg_version/$pg_cluster"
  "${sudo_cmd[@]}" pg_createcluster "$pg_version" "$pg_cluster"
  read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | head -n 1)
fi
if ! "${sudo_cmd[@]}" pg_ctlcluster "$pg_version" "$pg_cluster" status >/dev/null 2>&1; then
  echo "Starting PostgreSQL cluster $pg_version/$pg_cluster on port $pg_port"
  "${sudo_cmd[@]}" pg_ctlcluster "$pg_version" "$pg_cluster" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "$pg_port" && break
  sleep 1
done
pg_isready -h localhost -p "$pg_port" >/dev/null || { echo "PostgreSQL does not answer on port $pg_port" >&2; exit 1; }

# The role and the database (UTF-8 whatever the cluster's default, for Vietnamese text).
sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }
sql_ident() { printf '"%s"' "${1//\"/\"\"}"; }
if [ -z "$(psql_admin -p "$pg_port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = $(sql_literal "$pg_user")")" ]; then
  echo "Creating PostgreSQL role $pg_user"
  psql_admin -p "$pg_port" -c "CREATE ROLE $(sql_ident "$pg_user") LOGIN PASSWORD $(sql_literal "$pg_password")"
fi
if [ -z "$(psql_admin -p "$pg_port" -tAc "SELECT 1 FROM pg_database WHERE datname = $(sql_literal "$pg_db")")" ]; then
  echo "Creating PostgreSQL database $pg_db"
  psql_admin -p "$pg_port" -c "CREATE DATABASE $(sql_ident "$pg_db") OWNER $(sql_ident "$pg_user") \
    ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"
fi
