# pipeline: flow tables and their classifier, translation of the actions
# of the flows a packet hits into datapath actions, their execution
# through the conntrack engine (ct, recirculation), replay and trace.
lib_libofct_la_SOURCES += \
	lib/pipeline/classifier.c \
	lib/pipeline/classifier.h \
	lib/pipeline/compose.c \
	lib/pipeline/dump.c \
	lib/pipeline/execute.c \
	lib/pipeline/expire.c \
	lib/pipeline/extract.c \
	lib/pipeline/flow-load.c \
	lib/pipeline/legacy.c \
	lib/pipeline/normal.c \
	lib/pipeline/pipeline.c \
	lib/pipeline/pipeline-private.h \
	lib/pipeline/result.c \
	lib/pipeline/rewrite.c \
	lib/pipeline/trace.c \
	lib/pipeline/xlate.c \
	lib/pipeline/xlate-ct.c
