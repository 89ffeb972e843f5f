# Packet layer: header parsing into a flow key, checksums, captures.
lib_libofct_la_SOURCES += \
	lib/packet/csum.c \
	lib/packet/flow-parse.c \
	lib/packet/ip-addr.c \
	lib/packet/parse-fast.h \
	lib/packet/parse-private.h \
	lib/packet/pcap.c
lib_libofct_la_CFLAGS += $(PCAP_CFLAGS)
lib_libofct_la_LIBADD += $(PCAP_LIBS)
