# Generates N flows (N from -v n=...) in ovs-ofctl syntax for the
# parse-flows benchmark: a stateful firewall's worth of ct_state, ct_zone,
# ct_mark and ct_label matches with ct, nat, exec, ct_clear and resubmit
# actions.  Deterministic, so that every run times the same input.
BEGIN {
    if (!n) {
        n = 100000
    }
    for (i = 0; i < n; i++) {
        zone = i % 65536
        k = i % 8
        a = int(i / 65536) % 256; b = int(i / 256) % 256; c = i % 256
        if (k == 0) {
            printf "table=0,priority=%d,ip,ct_state=-trk,actions=ct(table=1,zone=%d)\n", 100 + i % 1000, zone
        } else if (k == 1) {
            printf "table=1,priority=200,ct_state=+trk+new,tcp,nw_src=10.%d.%d.%d,tp_dst=%d,actions=ct(commit,zone=%d,exec(set_field:0x%x->ct_mark,set_field:0x%x/0xffff->ct_label)),resubmit(,2)\n", a, b, c, 1 + i % 60000, zone, i, i
        } else if (k == 2) {
            printf "table=1,priority=190,ct_state=+trk+est-rel,ct_zone=%d,ct_mark=0x%x/0xff,ip,actions=resubmit(,2)\n", zone, i % 256
        } else if (k == 3) {
            printf "table=1,priority=180,ct_state=+trk+new,udp,nw_dst=192.168.%d.%d,actions=ct(commit,zone=%d,nat(src=10.%d.%d.1-10.%d.%d.254:1024-65535,random))\n", b, c, zone, b, c, b, c
        } else if (k == 4) {
            printf "table=2,priority=100,ct_state=+trk+est,ct_label=0x%x/0xffff,ipv6,actions=ct(zone=%d,nat,table=3)\n", i, zone
        } else if (k == 5) {
            printf "table=2,cookie=0x%x,idle_timeout=60,ct_state=+trk+inv,ip,actions=ct_clear,output:3\n", i
        } else if (k == 6) {
            printf "table=3,priority=50,ct_state=+trk+rel,ct_zone=%d,tcp,actions=ct(commit,zone=%d,alg=ftp,exec(set_field:0x1->ct_mark)),output:%d\n", zone, zone, 1 + i % 100
        } else {
            printf "table=3,priority=40,reg0=0x%x,ct_state=+trk+dnat,ip,actions=ct(commit,zone=NXM_NX_REG0[0..15],nat(dst=172.16.%d.%d:8080)),ct_clear,resubmit(,4)\n", i, b, c
        }
    }
}
