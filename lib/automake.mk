lib_LTLIBRARIES += lib/libofct.la
lib_libofct_la_LDFLAGS = \
	$(AM_LDFLAGS) \
	-version-info $(LIBOFCT_LT_VERSION) \
	-Wl,--version-script=$(srcdir)/lib/libofct.sym
lib_libofct_la_LIBADD = $(LIBMNL_LIBS)
lib_libofct_la_CFLAGS = $(AM_CFLAGS) $(LIBMNL_CFLAGS) -fvisibility=default
EXTRA_DIST += lib/libofct.sym
EXTRA_lib_libofct_la_DEPENDENCIES = lib/libofct.sym

# util
lib_libofct_la_SOURCES = \
	lib/util/buf.c \
	lib/util/buf-fmt.h \
	lib/util/error.c \
	lib/util/hex.c \
	lib/util/xalloc.c \
	lib/util/xalloc.h

# openflow
lib_libofct_la_SOURCES += \
	lib/openflow/meta-field.c \
	lib/openflow/meta-field.h \
	lib/openflow/mf-unsupported.c \
	lib/openflow/subfield.c \
	lib/openflow/field-value.c
lib_libofct_la_SOURCES += \
	lib/openflow/act-conjunction.c \
	lib/openflow/act-ct.c \
	lib/openflow/act-field.c \
	lib/openflow/act-legacy.c \
	lib/openflow/act-note.c \
	lib/openflow/act-output.c \
	lib/openflow/act-resubmit.c \
	lib/openflow/ofp-instructions.c \
	lib/openflow/ofp-raw-unsupported.c \
	lib/openflow/ofp-util.c \
	lib/openflow/ofp-util.h \
	lib/openflow/ofpact.c \
	lib/openflow/ofpact.h \
	lib/version.c
# ofp-raw-unsupported.c and mf-unsupported.c are generated from ovs-ofctl
# by these scripts (run by hand, not by the build).
EXTRA_DIST += \
	tools/probe-ovs-raw-actions.sh \
	tools/probe-ovs-fields.sh

include lib/packet/automake.mk
include lib/conntrack/automake.mk
include lib/datapath/automake.mk
include lib/openflow/flows.mk
include lib/pipeline/automake.mk
