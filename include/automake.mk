ofctincludedir = $(includedir)/ofct
ofctinclude_HEADERS = \
	include/ofct/ofct.h \
	include/ofct/openflow.h \
	include/ofct/util.h
