#!/bin/sh
# ofct parse-odp-actions and decode-odp-actions: input handling, verdicts
# and exit statuses, and strict decoding of malformed netlink as the
# command line reports it.

. "$srcdir/tests/cli/testlib.sh"

# Several lines, comments and blank lines; a bad line does not stop the
# others, and its reason goes to stderr with its line number.
set_input '# datapath actions\nct(commit,zone=5)\n\n  recirc(7)  \nct(zone=70000)\nct_clear,1 # a comment\n'
run_ofct parse-odp-actions
expect "several lines" 0 "ct(commit,zone=5)
recirc(0x7)
odp_actions_from_string: error
ct_clear,1" "ofct: line 5: \`70000' at offset 8: zone is greater than 65535"

set_input 'ct(commit,nat(src=10.0.0.1:80-90,random))\n'
run_ofct parse-odp-actions --hex
expect "--hex" 0 "ct(commit,nat(src=10.0.0.1:80-90,random))
2c000c00040001002400060004000100080003000a00000106000500500000000600060\
05a00000004000900" ''

set_input 'userspace(pid=0),ct\n'
run_ofct parse-odp-actions
expect "unsupported action" 0 "odp_actions_from_string: error" \
    "ofct: line 1: \`userspace' at offset 0: datapath action not supported \
by ofct"

run_ofct parse-odp-actions --frob
expect "unknown option" 2 '' "ofct: unknown option '--frob'; use --help \
for help"
run_ofct parse-odp-actions ct
expect "argument" 2 '' "ofct: unexpected argument 'ct'"

# decode-odp-actions: text, then the bytes that differ when the text is
# parsed back (none here), then an empty line.
set_input '10000c00040001000600020005000000\n0800070001000000 0400 1000\n'
run_ofct decode-odp-actions
expect "decode" 0 "ct(commit,zone=5)

recirc(0x1),ct_clear
" ''

# Malformed netlink: the verdict names the attribute and its offset; the
# other lines are still decoded.
set_input '0c000c000800020005000000\n08000c0004000180\n0c000c000800080001000000\n1c000c00180006000400010008000300010203050800040001020304\n04001000\n'
run_ofct decode-odp-actions
expect "malformed netlink" 0 "\
bad datapath actions: OVS_CT_ATTR_ZONE at offset 4: payload is 4 bytes, \
expected 2

bad datapath actions: OVS_CT_ATTR_COMMIT at offset 4: unexpected flags \
0x8000 in the type

bad datapath actions: OVS_CT_ATTR_EVENTMASK at offset 4: not supported by \
ofct

bad datapath actions: OVS_NAT_ATTR_IP_MAX at offset 20: below \
OVS_NAT_ATTR_IP_MIN

ct_clear
" ''

set_input '0c000c00\n0800070001000000\n'
run_ofct decode-odp-actions
expect "truncated" 0 "\
bad datapath actions: OVS_ACTION_ATTR_CT at offset 0: length 12 (12 with \
padding) runs past the end of the list (4 bytes left)

recirc(0x1)
" ''

# Input that is not hex stops the command: status 1.
set_input '0400100\n'
run_ofct decode-odp-actions
expect "odd hex" 1 '' '*'
expect_grep "odd hex" err "ofct: line 1: "

run_ofct decode-odp-actions x
expect "argument" 2 '' "ofct: decode-odp-actions: wrong number of arguments \
(usage: ofct decode-odp-actions)"

finish
