ofctincludedir = $(includedir)/ofct
ofctinclude_HEADERS = \
	include/ofct/ofct.h \
	include/ofct/openflow.h \
	include/ofct/flow.h \
	include/ofct/packet.h \
	include/ofct/conntrack.h \
	include/ofct/datapath.h \
	include/ofct/pipeline.h \
	include/ofct/util.h
