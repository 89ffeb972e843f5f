# Conntrack engine: connection table, L4 trackers (one file each), zones,
# helpers registry, ALGs (one file each) and their expectation table,
# NAT (ct-nat*.c), dumps and text forms.  No dependency on lib/openflow.
lib_libofct_la_SOURCES += \
	lib/conntrack/conntrack.c \
	lib/conntrack/ct-alg.h \
	lib/conntrack/ct-alloc.c \
	lib/conntrack/ct-dump.c \
	lib/conntrack/ct-expect.c \
	lib/conntrack/ct-format.c \
	lib/conntrack/ct-ftp.c \
	lib/conntrack/ct-ftp-nat.c \
	lib/conntrack/ct-helper.c \
	lib/conntrack/ct-icmp.c \
	lib/conntrack/ct-key.c \
	lib/conntrack/ct-lock.h \
	lib/conntrack/ct-nat.c \
	lib/conntrack/ct-nat.h \
	lib/conntrack/ct-nat-alloc.c \
	lib/conntrack/ct-nat-csum.c \
	lib/conntrack/ct-nat-icmp.c \
	lib/conntrack/ct-nat-pkt.c \
	lib/conntrack/ct-nat-seq.c \
	lib/conntrack/ct-other.c \
	lib/conntrack/ct-params.c \
	lib/conntrack/ct-params.h \
	lib/conntrack/ct-private.h \
	lib/conntrack/ct-table.c \
	lib/conntrack/ct-tcp.c \
	lib/conntrack/ct-tftp.c \
	lib/conntrack/ct-udp.c \
	lib/conntrack/ct-zone.c
# Calls inside the library to its own exported functions (the per-packet
# path calls the packet parser) need not go through the PLT: nothing
# interposes ofct_* functions.
lib_libofct_la_CFLAGS += -fno-semantic-interposition
