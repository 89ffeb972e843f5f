#!/bin/bash
# Records Open vSwitch's "ofproto/trace" for the cases of trace-cases.txt,
# for tests/cli/pipeline-trace.sh.  Run as root on Debian 12 with
# openvswitch-switch; it writes trace-NAME.txt (the "Megaflow:" lines,
# which ofct does not print, left out) and trace-ports.txt (the datapath
# port numbers of OpenFlow ports 1, 2 and LOCAL) next to itself.
#
#   tests/data/pipeline/record-trace.sh [START_SWITCH_SH]
#
# START_SWITCH_SH is as for record-ovs.sh.  Ports 1 and 2 are veth ends
# with ofport_request; no traffic is needed, since a trace only looks.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
start=${1:-$top/../shared/ovs/start-switch.sh}
stop=$(dirname "$start")/stop-switch.sh
work=$(mktemp -d /tmp/ofct-trace.XXXXXX)

cleanup() {
    set +e
    ip link del ofct-tr-v1 2>/dev/null
    ip link del ofct-tr-v2 2>/dev/null
    [ -f "$work/sw/ovs-vswitchd.pid" ] && "$stop" "$work/sw" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

"$start" "$work/sw" >/dev/null
mgmt="unix:$work/sw/br0.mgmt"
for n in 1 2; do
    ip link add "ofct-tr-v$n" type veth peer name "ofct-tr-p$n"
    ovs-vsctl --db="unix:$work/sw/db.sock" add-port br0 "ofct-tr-v$n" \
        -- set interface "ofct-tr-v$n" ofport_request="$n"
done

# "  br0 65534/1: (tap)": OpenFlow port 65534 (LOCAL) is datapath port 1.
ovs-appctl -t "$work/sw/ovs-vswitchd.ctl" dpif/show | awk '
    $2 ~ /^[0-9]+\/[0-9]+:$/ {
        split($2, p, "[/:]")
        name = p[1] == 65534 ? "LOCAL" : p[1]
        printf "--odp-port %s=%s ", name, p[2]
    }
    END { print "" }' >"$here/trace-ports.txt"

# Each case: NAME|FLOWS|FLOW|OPTIONS.
while IFS='|' read -r name flows flow options; do
    case $name in ''|'#'*) continue ;; esac
    ovs-ofctl del-flows "$mgmt"
    ovs-ofctl add-flows "$mgmt" "$here/$flows"
    # shellcheck disable=SC2086
    ovs-appctl -t "$work/sw/ovs-vswitchd.ctl" ofproto/trace br0 "$flow" \
        $options | grep -v '^Megaflow: ' | sed -e '$a\' >"$here/trace-$name.txt"
done <"$here/trace-cases.txt"
ovs-vswitchd --version | head -1 >"$here/ovs-version.txt"
