# datapath: OpenFlow actions to Open vSwitch datapath (ODP) actions, ODP
# text and netlink (through libmnl), recirculation ids.
lib_libofct_la_SOURCES += \
	lib/datapath/field-state.c \
	lib/datapath/field-state.h \
	lib/datapath/odp-actions.c \
	lib/datapath/odp-actions.h \
	lib/datapath/odp-attr.c \
	lib/datapath/odp-attr.h \
	lib/datapath/odp-ct.c \
	lib/datapath/odp-ct.h \
	lib/datapath/odp-nat.c \
	lib/datapath/odp-nested.c \
	lib/datapath/odp-scan.c \
	lib/datapath/odp-scan.h \
	lib/datapath/recirc.c \
	lib/datapath/xlate.c \
	lib/datapath/xlate.h \
	lib/datapath/xlate-ct.c
