#!/usr/bin/env bash
# Puts QLVB's JVM options (qlvb.conf, beside this script) into a WildFly installation: copies the
# file to bin/ and has bin/standalone.conf read it at its end, once (run again, it only copies).
#   config/jvm/link.sh /opt/wildfly
set -euo pipefail
home=${1:?WildFly home}
cp "$(dirname "$0")/qlvb.conf" "$home/bin/qlvb.conf"
grep -q 'qlvb.conf' "$home/bin/standalone.conf" || printf '\n# QLVB'"'"'s JVM options\n. "$DIRNAME/qlvb.conf"\n' >> "$home/bin/standalone.conf"
