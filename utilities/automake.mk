# The ofct command-line tool: a thin shell over libofct.
bin_PROGRAMS += utilities/ofct
utilities_ofct_SOURCES = \
	utilities/ofct.c \
	utilities/ofct-actions.c \
	utilities/ofct-cli.c \
	utilities/ofct-conntrack.c \
	utilities/ofct-cli.h \
	utilities/ofct-datapath.c \
	utilities/ofct-flows.c \
	utilities/ofct-pipeline.c
utilities_ofct_LDADD = lib/libofct.la -lpthread

dist_man_MANS += utilities/ofct.8
