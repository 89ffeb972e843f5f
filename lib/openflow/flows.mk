# Flows (issue 3): matches, flow text, NXM/OXM and OpenFlow 1.0 and 1.1
# matches, flow_mod messages and message printing.
lib_libofct_la_SOURCES += \
	lib/openflow/flow-check.c \
	lib/openflow/flow-mod.c \
	lib/openflow/flow-mod.h \
	lib/openflow/flow-parse.c \
	lib/openflow/match.c \
	lib/openflow/match.h \
	lib/openflow/match-format.c \
	lib/openflow/nx-match.c \
	lib/openflow/ofp-errors.c \
	lib/openflow/ofp-errors.h \
	lib/openflow/ofp-print.c \
	lib/openflow/ofp-protocol.c \
	lib/openflow/ofp10-match.c \
	lib/openflow/ofp11-match.c
