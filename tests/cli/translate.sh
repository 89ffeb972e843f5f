#!/bin/sh
# ofct translate against Open vSwitch: each case below is a flow that was
# installed in Open vSwitch 3.1 (Debian's ovs-vswitchd, userspace datapath,
# bridge br0 with internal ports p1 = OpenFlow 1 / datapath 3 and p2 =
# OpenFlow 2 / datapath 2, br0 = LOCAL / datapath 1), and the "Datapath
# actions:" line that
#
#   ovs-appctl ofproto/trace br0 'in_port=1,tcp,nw_src=1.1.1.1,
#       nw_dst=2.2.2.2,tp_src=1000,tp_dst=80,reg0=0x12345'
#
# printed for it.  ofct gets the same packet fields and port numbers from
# the options in $packet.  Recirculation ids are numbered from 1 in each
# ofct run (OVS numbers them across traces); which actions share an id is
# OVS's.

. "$srcdir/tests/cli/testlib.sh"

packet="--reg in_port=1 --reg reg0=0x12345 --port 1=3 --port 2=2 \
--port LOCAL=1"
tab=$(printf '\t')

# EXTRA OPTIONS<TAB>FLOW<TAB>DATAPATH ACTIONS ('-' for no extra option).
cases="\
-	in_port=1,ip,actions=ct(commit),output:2	ct(commit),2
-	in_port=1,ip,actions=ct_clear,output:2	2
-	in_port=1,ip,actions=ct(commit),ct_clear,output:2	ct(commit),2
--reg ct_state=0x21	in_port=1,ip,actions=ct_clear,output:2	ct_clear,2
--reg ct_state=trk	table=1,actions=ct_clear,ct_clear,output:2	ct_clear,2
-	in_port=1,ip,actions=ct(table=1),output:2	ct,recirc(0x1),2
-	in_port=1,ip,actions=ct(table=1),ct_clear,output:2	ct,recirc(0x1),2
-	in_port=1,ip,actions=ct(zone=NXM_NX_REG0[0..15],table=1)	ct(zone=9029),recirc(0x1)
-	in_port=1,tcp,actions=ct(commit,zone=NXM_NX_REG0[4..19],exec(set_field:0x1/0xff->ct_mark,set_field:0x20/0xf0->ct_mark,set_field:0x2/0x2->ct_label),alg=ftp),output:2	ct(commit,zone=4660,mark=0x21/0xff,label=0x2/0x2,helper=ftp),2
-	in_port=1,udp,actions=ct(commit,force,exec(set_field:0xabc->ct_mark,set_field:0x1->ct_label),alg=tftp)	ct(force_commit,mark=0xabc/0xffffffff,label=0x1,helper=tftp)
-	tcp,tp_dst=80,actions=ct(commit,zone=5,exec(set_field:0x1/0xff->ct_mark),nat(src=10.0.0.1-10.0.0.9:1024-2048,persistent,random))	ct(commit,zone=5,mark=0x1/0xff,nat(src=10.0.0.1-10.0.0.9:1024-2048,persistent,random))
-	in_port=1,ip,actions=ct(commit,nat(src,random))	ct(commit,nat(src,random))
-	in_port=1,ipv6,actions=ct(commit,nat(dst=[fe80::1]-[fe80::5]:80-90,hash))	ct(commit,nat(dst=[fe80::1]-[fe80::5]:80-90,hash))
-	in_port=1,ipv6,actions=ct(commit,nat(dst=fe80::1))	ct(commit,nat(dst=fe80::1))
-	in_port=1,ip,actions=ct(commit,nat(dst=10.0.0.1:80,persistent,hash))	ct(commit,nat(dst=10.0.0.1:80,persistent,hash))
-	in_port=1,ip,actions=ct(commit,nat(src=10.0.0.5-10.0.0.5:80-80))	ct(commit,nat(src=10.0.0.5:80))
-	in_port=1,ip,actions=ct(nat)	ct(nat)
-	in_port=1,ip,actions=ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))	ct(commit,mark=0x12345/0xffffffff)
-	in_port=1,ip,actions=ct(commit,exec(move:NXM_NX_REG0[0..7]->NXM_NX_CT_LABEL[8..15]))	ct(commit,label=0x4500/0xff00)
-	in_port=1,ip,actions=ct(commit,exec(set_field:0x5/0x5->ct_mark,set_field:0xffff0000000000000000000000000000/0xffff0000000000000000000000000000->ct_label),nat)	ct(commit,mark=0x5/0x5,label=0xffff0000000000000000000000000000/0xffff0000000000000000000000000000,nat)
--reg ct_mark=0xffffffff	in_port=1,ip,actions=ct(commit,exec(set_field:0x1/0xf->ct_mark))	ct(commit,mark=0x1/0xf)
-	in_port=1,ip,actions=ct(commit,exec(set_field:0->ct_mark))	ct(commit,mark=0/0xffffffff)
-	in_port=1,ip,actions=ct(commit,exec(set_field:0/0->ct_mark))	ct(commit)
-	in_port=1,ip,actions=ct(commit,exec(set_field:1->ct_mark)),ct(commit,exec(set_field:2->ct_mark))	ct(commit,mark=0x1/0xffffffff),ct(commit,mark=0x2/0xffffffff)
-	in_port=1,ip,actions=set_field:7->reg0,ct(zone=NXM_NX_REG0[0..15],table=1),ct(zone=NXM_NX_REG0[0..15],table=2),ct(table=1)	ct(zone=7),recirc(0x1),ct(zone=7),recirc(0x2),ct,recirc(0x1)
-	in_port=1,ip,actions=ct(table=1),ct(table=1)	ct,recirc(0x1),ct,recirc(0x1)
-	in_port=1,ip,actions=ct(commit,table=2,zone=3,exec(set_field:0x1->ct_mark)),output:2	ct(commit,zone=3,mark=0x1/0xffffffff),recirc(0x1),2
-	in_port=1,ip,actions=load:0x2a->NXM_NX_REG1[16..31],ct(zone=NXM_NX_REG1[16..31],commit),move:NXM_NX_REG0[0..15]->NXM_NX_REG2[0..15],ct(zone=NXM_NX_REG2[0..15],commit)	ct(commit,zone=42),ct(commit,zone=9029)
-	in_port=1,ip,actions=set_field:0x0000000100000002->xreg0,ct(zone=NXM_NX_REG1[0..15])	ct(zone=2)
-	in_port=1,ip,actions=ct(commit),ct(commit,zone=1),output:2,output:2	ct(commit),ct(commit,zone=1),2,2
-	in_port=1,ip,actions=output:1,output:2,output:IN_PORT,output:LOCAL	2,3,1
-	in_port=1,ip,actions=note:01,output:2	2
-	in_port=1,ip,actions=drop	drop"

n_cases=0
while IFS=$tab read -r extra flow want; do
    n_cases=$((n_cases + 1))
    [ "$extra" = - ] && extra=
    # $packet and $extra are lists of options: split them on purpose.
    # shellcheck disable=SC2086
    run_ofct translate $packet $extra "$flow"
    expect "$flow" 0 "$want" ''
done <<EOF
$cases
EOF
echo "$n_cases cases checked against Open vSwitch 3.1"

# --hex: the netlink bytes as OVS's translator writes them (zone always,
# nat flags before ranges).
run_ofct translate --hex 'ct(commit,nat(src=10.0.0.1:80,random))'
expect "--hex" 0 "ct(commit,nat(src=10.0.0.1:80,random))
2c000c000400010006000200000000001c0006000400010004000900080003000a0000010600050050000000" ''

# The bytes read back with decode-odp-actions: OVS's text leaves zone 0
# out, so parsing the text back drops the zone attribute that OVS's
# translator always writes, which the differences show.
run_ofct translate --hex ct
expect "--hex, zone 0" 0 "ct
0c000c000600020000000000" ''
printf '%s\n' 0c000c000600020000000000 >"$tmp/in"
run_ofct decode-odp-actions
expect "decode the translation" 0 "ct
 0: 0c -> 04
 4: 06 -> (none)
 5: 00 -> (none)
 6: 02 -> (none)
 7: 00 -> (none)
 8: 00 -> (none)
 9: 00 -> (none)
10: 00 -> (none)
11: 00 -> (none)
" ''

# -m lists the recirculation ids with what they stand for: the metadata
# written before the third ct makes its state, and id, a new one.
run_ofct -m translate --reg reg0=0x5 --reg in_port=LOCAL \
    'ct(table=1),set_field:0x10->metadata,ct(table=2),ct(table=1)'
expect "-m lists recirculation ids" 0 "\
ct,recirc(0x1),ct,recirc(0x2),ct,recirc(0x3)
recirc(0x1): table=1,conntracked,in_port=LOCAL,reg0=0x5
recirc(0x2): table=2,conntracked,in_port=LOCAL,metadata=0x10,reg0=0x5
recirc(0x3): table=1,conntracked,in_port=LOCAL,metadata=0x10,reg0=0x5" ''

# Options may come in any order; "--" ends them.
run_ofct translate 'ct(zone=NXM_NX_REG3[0..15])' --reg reg3=12
expect "option after FLOW" 0 "ct(zone=12)" ''
run_ofct translate --reg reg3=12 -- 'ct(zone=NXM_NX_REG3[0..15])'
expect "--" 0 "ct(zone=12)" ''

# What has no translation, and bad flows: status 1.
run_ofct translate 'ip,actions=resubmit(,1)'
expect "resubmit" 1 '' "ofct: resubmit: needs flow tables, which \
translation of one action list does not have"
run_ofct translate 'set_field:1.2.3.4->ip_src,output:2'
expect "header rewrite" 1 '' "ofct: writing ip_src: header rewrites \
(OVS's set() and set_masked() datapath actions) are not translated by ofct"
run_ofct translate 'output:LOCAL'
expect "LOCAL without a mapping" 1 '' "ofct: output to LOCAL: no datapath \
port is mapped to LOCAL"
run_ofct translate 'ct(commit,frob)'
expect "bad action text" 1 '' "ofct: invalid argument to \"ct\" action: \
\`frob'"

# Bad usage: status 2.
run_ofct translate
expect "no FLOW" 2 '' "ofct: translate: wrong number of arguments (usage: \
ofct translate [--reg F=V]... [--port P=N]... [--hex] FLOW)"
run_ofct translate --hex
expect "only options" 2 '' "ofct: translate: missing FLOW (usage: ofct \
translate [--reg FIELD=VALUE]... [--port OFP=ODP]... [--hex] FLOW)"
run_ofct translate a b
expect "two FLOWs" 2 '' "ofct: unexpected argument 'b'"
run_ofct translate --frob ct
expect "unknown option" 2 '' "ofct: unknown option '--frob'; use --help \
for help"
run_ofct translate ct --reg
expect "--reg without value" 2 '' "ofct: option '--reg' requires an argument"
run_ofct translate --reg frob=1 ct
expect "unknown field" 2 '' "ofct: --reg frob=1: frob: unknown field"
run_ofct translate --port NORMAL=1 ct
expect "bad port mapping" 2 '' "ofct: --port NORMAL=1: only numbered ports \
and LOCAL have a datapath port"
run_ofct translate --help
expect "--help" 0 "usage: ofct translate [--reg F=V]... [--port P=N]... \
[--hex] FLOW
datapath actions for a flow's actions" ''

finish
