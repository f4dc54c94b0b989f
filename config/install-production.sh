#!/usr/bin/env bash
# Applies QLVB's server configuration to a WildFly installation for production.
#   config/install-production.sh oracle|postgresql /opt/wildfly /etc/qlvb/qlvb-db.properties
# The server must be stopped. Demo data is never enabled here.
set -euo pipefail
db=${1:?oracle or postgresql}; home=${2:?WildFly home}; props=${3:?database properties file}
here=$(cd "$(dirname "$0")" && pwd)
script=$(mktemp --suffix=.cli)
trap 'rm -f "$script"' EXIT
cat "$here/cli/embed.cli" "$here/cli/production/datasource-$db.cli" "$here/cli/server.cli" "$here/cli/production/no-demo.cli" "$here/cli/stop.cli" > "$script"
[ -f "$home/standalone/configuration/standalone-full.xml" ] || { echo "no WildFly at $home" >&2; exit 1; }
"$home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$props" --file="$script"
"$here/jvm/link.sh" "$home"
