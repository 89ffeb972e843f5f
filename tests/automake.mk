# Tests: Check unit tests, one program per library module, and CLI golden
# tests (shell scripts), all run by `make check` through automake's
# parallel test harness.  Logs land in tests/*.log and test-suite.log.
#
# To add a unit test for module FOO, write tests/unit/check_FOO.c (see
# check_util.c) and add these four lines below the check_util ones:
#
#   UNIT_TESTS += tests/check_FOO
#   tests_check_FOO_SOURCES = tests/unit/check_FOO.c
#   tests_check_FOO_CFLAGS = $(UNIT_CFLAGS)
#   tests_check_FOO_LDADD = $(UNIT_LDADD)
#
# Unit tests link tests/libofct-test.la, a convenience library built from
# the same sources as lib/libofct.la: the installed library exports only
# ofct_* symbols, and unit tests also need the internal ones.
#
# A CLI test is a tests/cli/*.sh script added to CLI_TESTS.  It sources
# tests/cli/testlib.sh, runs $OFCT and reads data from $srcdir/tests/data,
# never from the build or source tree by a relative path, so that
# `make distcheck` (a read-only source tree, a separate build tree) passes.
#
# Handy while debugging: CK_FORK=no to run a Check test under gdb or
# valgrind, CK_RUN_SUITE / CK_RUN_CASE to run one suite or case,
# CK_VERBOSITY=verbose to list every test.

check_LTLIBRARIES += tests/libofct-test.la
tests_libofct_test_la_SOURCES = $(lib_libofct_la_SOURCES)
tests_libofct_test_la_CFLAGS = $(lib_libofct_la_CFLAGS)
tests_libofct_test_la_LIBADD = $(lib_libofct_la_LIBADD)

UNIT_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
UNIT_LDADD = tests/libofct-test.la $(CHECK_LIBS)

UNIT_TESTS = tests/check_util
tests_check_util_SOURCES = tests/unit/check_util.c
tests_check_util_CFLAGS = $(UNIT_CFLAGS)
tests_check_util_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_actions
tests_check_actions_SOURCES = tests/unit/check_actions.c
tests_check_actions_CFLAGS = $(UNIT_CFLAGS)
tests_check_actions_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_actions_unsupported
tests_check_actions_unsupported_SOURCES = \
	tests/unit/check_actions_unsupported.c
tests_check_actions_unsupported_CFLAGS = $(UNIT_CFLAGS)
tests_check_actions_unsupported_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_fields
tests_check_fields_SOURCES = tests/unit/check_fields.c
tests_check_fields_CFLAGS = $(UNIT_CFLAGS)
tests_check_fields_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_odp
tests_check_odp_SOURCES = tests/unit/check_odp.c
tests_check_odp_CFLAGS = $(UNIT_CFLAGS)
tests_check_odp_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_xlate
tests_check_xlate_SOURCES = tests/unit/check_xlate.c
tests_check_xlate_CFLAGS = $(UNIT_CFLAGS)
tests_check_xlate_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_flow
tests_check_flow_SOURCES = tests/unit/check_flow.c tests/unit/check_flow-rows.h \
	tests/unit/flow-test.h
tests_check_flow_CFLAGS = $(UNIT_CFLAGS)
tests_check_flow_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_flow11
tests_check_flow11_SOURCES = tests/unit/check_flow11.c \
	tests/unit/check_flow11-rows.h tests/unit/flow-test.h
tests_check_flow11_CFLAGS = $(UNIT_CFLAGS)
tests_check_flow11_LDADD = $(UNIT_LDADD)

UNIT_TESTS += tests/check_ofp_errors
tests_check_ofp_errors_SOURCES = tests/unit/check_ofp_errors.c \
	tests/unit/check_ofp_errors-rows.h tests/unit/flow-test.h
tests_check_ofp_errors_CFLAGS = $(UNIT_CFLAGS)
tests_check_ofp_errors_LDADD = $(UNIT_LDADD)

check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)

CLI_TESTS = \
	tests/cli/usage.sh \
	tests/cli/example.sh \
	tests/cli/vectors.sh
TESTS += $(CLI_TESTS)
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)

# Absolute paths, since a test may change directory.
AM_TESTS_ENVIRONMENT = \
	srcdir='$(abs_top_srcdir)'; export srcdir; \
	builddir='$(abs_top_builddir)'; export builddir; \
	OFCT='$(abs_top_builddir)/utilities/ofct'; export OFCT; \
	PACKAGE_VERSION='$(PACKAGE_VERSION)'; export PACKAGE_VERSION; \
	: $${CK_DEFAULT_TIMEOUT:=300}; export CK_DEFAULT_TIMEOUT;

EXTRA_DIST += \
	$(CLI_TESTS) \
	tests/cli/testlib.sh \
	tests/data/example-actions.txt \
	tests/data/example-actions.OpenFlow13.out \
	tests/data/ofp-ct-vectors.tsv

# Datapath layer: Open vSwitch's ODP vectors, ODP text and netlink on the
# command line, and translation checked against OVS's ofproto/trace.
CLI_TESTS += \
	tests/cli/odp-vectors.sh \
	tests/cli/odp.sh \
	tests/cli/translate.sh
EXTRA_DIST += tests/data/odp-ct-actions.txt

# Interoperability with ovs-ofctl; both tests are skipped without it.
# interop-ovs.sh checks ofct's encoder and decoder against ovs-ofctl on the
# corpus tests/data/interop-actions.txt; diff-fuzz.sh compares the two
# decoders on mutated action lists made by tests/mutate-actions from the
# seeds that tests/fuzz/make-seeds.sh wrote to tests/data/diff-fuzz-seeds.txt.
check_PROGRAMS += tests/mutate-actions
tests_mutate_actions_SOURCES = tests/fuzz/mutate-actions.c
CLI_TESTS += \
	tests/cli/interop-ovs.sh \
	tests/cli/diff-fuzz.sh
EXTRA_DIST += \
	tests/cli/ovs-flowmod.awk \
	tests/fuzz/make-seeds.sh \
	tests/data/interop-actions.txt \
	tests/data/diff-fuzz-seeds.txt

# Packet layer and conntrack engine: unit tests, CLI tests against the
# kernel's verdicts on real captures (tests/data/ct/), and benchmarks.
UNIT_TESTS += tests/check_packet tests/check_conntrack
tests_check_packet_SOURCES = tests/unit/check_packet.c tests/unit/pkt-build.h
tests_check_packet_CFLAGS = $(UNIT_CFLAGS)
tests_check_packet_LDADD = $(UNIT_LDADD)
tests_check_conntrack_SOURCES = \
	tests/unit/check_conntrack.c tests/unit/pkt-build.h
tests_check_conntrack_CFLAGS = $(UNIT_CFLAGS)
tests_check_conntrack_LDADD = $(UNIT_LDADD) -lpthread
CLI_TESTS += tests/cli/ct-replay.sh tests/cli/ct-kernel.sh

# ALGs (FTP, TFTP) and expectations: the parser and the helpers.
UNIT_TESTS += tests/check_alg
tests_check_alg_SOURCES = tests/unit/check_alg.c tests/unit/pkt-build.h
tests_check_alg_CFLAGS = $(UNIT_CFLAGS)
tests_check_alg_LDADD = $(UNIT_LDADD) -lpthread
CLI_TESTS += tests/cli/ct-alg.sh
EXTRA_DIST += \
	tests/data/ct/README.md \
	tests/data/ct/tcp_http_fin_ipv4.pcap \
	tests/data/ct/tcp_http_fin_ipv4.pktstate.txt \
	tests/data/ct/tcp_http_fin_ipv4.conntrack.txt \
	tests/data/ct/tcp_http_rst_ipv4.pcap \
	tests/data/ct/tcp_http_rst_ipv4.pktstate.txt \
	tests/data/ct/tcp_http_rst_ipv4.conntrack.txt \
	tests/data/ct/udp_echo_ipv4.pcap \
	tests/data/ct/udp_echo_ipv4.pktstate.txt \
	tests/data/ct/udp_echo_ipv4.conntrack.txt \
	tests/data/ct/icmp_echo_ipv4.pcap \
	tests/data/ct/icmp_echo_ipv4.pktstate.txt \
	tests/data/ct/icmp_echo_ipv4.conntrack.txt \
	tests/data/ct/udp_closed_port_icmp_ipv4.pcap \
	tests/data/ct/udp_closed_port_icmp_ipv4.pktstate.txt \
	tests/data/ct/udp_closed_port_icmp_ipv4.conntrack.txt \
	tests/data/ct/ftp_active_port_ipv4.pcap \
	tests/data/ct/ftp_active_port_ipv4.pktstate.txt \
	tests/data/ct/ftp_active_port_ipv4.conntrack.txt \
	tests/data/ct/ftp_active_port_ipv4.expect.txt \
	tests/data/ct/ftp_epsv_ipv4.pcap \
	tests/data/ct/ftp_epsv_ipv4.pktstate.txt \
	tests/data/ct/ftp_epsv_ipv4.conntrack.txt \
	tests/data/ct/ftp_epsv_ipv4.expect.txt \
	tests/data/ct/ftp_passive_pasv_ipv4.pcap \
	tests/data/ct/ftp_passive_pasv_ipv4.pktstate.txt \
	tests/data/ct/ftp_passive_pasv_ipv4.conntrack.txt \
	tests/data/ct/ftp_passive_pasv_ipv4.expect.txt \
	tests/data/ct/tftp_rrq_ipv4.pcap \
	tests/data/ct/tftp_rrq_ipv4.pktstate.txt \
	tests/data/ct/tftp_rrq_ipv4.conntrack.txt \
	tests/data/ct/tftp_rrq_ipv4.expect.txt \
	tests/data/ct/ftp_eprt_ipv4.pcap \
	tests/data/ct/ftp_eprt_ipv4.pktstate.txt \
	tests/data/ct/ftp_eprt_ipv4.conntrack.txt \
	tests/data/ct/ftp_eprt_ipv4.expect.txt \
	tests/data/ct/ftp_eprt_ipv6.pcap \
	tests/data/ct/ftp_eprt_ipv6.pktstate.txt \
	tests/data/ct/ftp_eprt_ipv6.conntrack.txt \
	tests/data/ct/ftp_eprt_ipv6.expect.txt \
	tests/data/ct/ftp_epsv_ipv6.pcap \
	tests/data/ct/ftp_epsv_ipv6.pktstate.txt \
	tests/data/ct/ftp_epsv_ipv6.conntrack.txt \
	tests/data/ct/ftp_epsv_ipv6.expect.txt \
	tests/data/ct/ftp_bounce_ipv4.pcap \
	tests/data/ct/ftp_bounce_ipv4.pktstate.txt \
	tests/data/ct/ftp_bounce_ipv4.conntrack.txt \
	tests/data/ct/ftp_bounce_ipv4.expect.txt \
	tests/data/ct/ipv6_tcp_http.pcap \
	tests/data/ct/ipv6_tcp_http.conntrack.txt \
	tests/data/ct/ipv6_udp_echo.pcap \
	tests/data/ct/ipv6_udp_echo.conntrack.txt \
	tests/data/ct/ipv6_ping.pcap \
	tests/data/ct/ipv6_ping.conntrack.txt \
	tests/data/ct/record-ipv6.sh \
	tests/data/ct/record-alg.sh

# Benchmarks: not part of `make check` (timing belongs to no test); run
# with `make bench`.  Each script in BENCHMARK_LIST prints its figures.
BENCHMARK_LIST = tests/bench/ct-bench.sh
EXTRA_DIST += $(BENCHMARK_LIST)
# The engine against Open vSwitch's on the same machine, when OVS_BUILD
# names a built Open vSwitch tree (skipped otherwise): the harness is
# compiled by the script, against that tree, never by `make`.
BENCHMARK_LIST += tests/bench/ovs-compare.sh
EXTRA_DIST += tests/bench/ovs-ct-lookup.c tests/bench/README.md
bench: all
	@for b in $(BENCHMARK_LIST); do \
	  OFCT='$(abs_top_builddir)/utilities/ofct' \
	  LIBTOOL='$(abs_top_builddir)/libtool' \
	  srcdir='$(abs_top_srcdir)' $(SHELL) $(srcdir)/$$b || exit 1; \
	done
.PHONY: bench

# Flows (issue 3): Open vSwitch's ct flow vectors, the interop suite
# against ovs-ofctl (skipped without it), and the parse-flows benchmark.
CLI_TESTS += tests/cli/flow-vectors.sh tests/cli/interop-flows.sh
EXTRA_DIST += \
	tests/data/ofctl-ct-flows.tsv \
	tests/data/interop-flows.txt \
	tests/bench/gen-flows.awk \
	tools/probe-ovs-flow-rows.py \
	tools/probe-ovs-flow11-rows.py \
	tools/probe-ovs-error-rows.py
BENCHMARK_LIST += tests/bench/parse-flows.sh

# Pipeline (issue 8): unit tests; the FTP firewall over real captures and
# against a real switch's counters and connections (tests/data/pipeline/,
# recorded by record-ovs.sh); trace against ofproto/trace; benchmarks.
UNIT_TESTS += tests/check_pipeline
tests_check_pipeline_SOURCES = tests/unit/check_pipeline.c \
	tests/unit/pkt-build.h
tests_check_pipeline_CFLAGS = $(UNIT_CFLAGS)
tests_check_pipeline_LDADD = $(UNIT_LDADD)
CLI_TESTS += \
	tests/cli/pipeline.sh \
	tests/cli/pipeline-ovs.sh \
	tests/cli/pipeline-trace.sh
check_PROGRAMS += tests/bench-pipeline
tests_bench_pipeline_SOURCES = tests/bench/bench-pipeline.c
tests_bench_pipeline_CFLAGS = $(UNIT_CFLAGS)
tests_bench_pipeline_LDADD = tests/libofct-test.la
BENCHMARK_LIST += tests/bench/pipeline-bench.sh
bench: tests/bench-pipeline
PIPELINE_SCENARIOS = \
	ftp-fw.active ftp-fw.passive ftp-fw.eprt ftp-fw.epsv ftp-fw.reverse \
	ftp-fw2.active ftp-fw2.passive ftp-fw2.eprt ftp-fw2.epsv \
	ftp-fw2.reverse
PIPELINE_TRACES = \
	ftp-syn ftp-reply ftp-data ftp-reverse ftp-arp ftp2-data tables-ct \
	tables-goto tables-nest tables-loop vlan-lldp vlan-data icmp-normal \
	ipv6-udp nat-src nat-reply
EXTRA_DIST += \
	tests/data/pipeline/README.md \
	tests/data/pipeline/record-ovs.sh \
	tests/data/pipeline/record-trace.sh \
	tests/data/pipeline/ovs-version.txt \
	tests/data/pipeline/ftp-fw.flows \
	tests/data/pipeline/ftp-fw.old.flows \
	tests/data/pipeline/ftp-fw2.flows \
	tests/data/pipeline/ftp-fw2.old.flows \
	tests/data/pipeline/ftp-fw.eprt.ofct-flows.txt \
	tests/data/pipeline/ftp-fw2.eprt.ofct-flows.txt \
	tests/data/pipeline/trace-tables.flows \
	tests/data/pipeline/trace-nat.flows \
	tests/data/pipeline/trace-cases.txt \
	tests/data/pipeline/trace-ports.txt \
	$(PIPELINE_SCENARIOS:%=tests/data/pipeline/%.p1.pcap) \
	$(PIPELINE_SCENARIOS:%=tests/data/pipeline/%.p2.pcap) \
	$(PIPELINE_SCENARIOS:%=tests/data/pipeline/%.flows.txt) \
	$(PIPELINE_SCENARIOS:%=tests/data/pipeline/%.conntrack.txt) \
	$(PIPELINE_TRACES:%=tests/data/pipeline/trace-%.txt)

# NAT (issue 7): unit tests of the translation, tuple allocation, ICMP
# errors and the FTP and TFTP helpers under NAT.
UNIT_TESTS += tests/check_nat
tests_check_nat_SOURCES = tests/unit/check_nat.c tests/unit/pkt-build.h
tests_check_nat_CFLAGS = $(UNIT_CFLAGS)
tests_check_nat_LDADD = $(UNIT_LDADD)
# ofct ct-replay --ct and -w, checked on the captures of tests/data/ct
# through source and destination NAT, and against the Linux kernel's NAT
# and FTP helper on captures of both sides of a router (record-nat.sh),
# compared with tests/pcap-compare.
CLI_TESTS += tests/cli/ct-nat.sh
check_PROGRAMS += tests/pcap-compare
tests_pcap_compare_SOURCES = tests/tools/pcap-compare.c
tests_pcap_compare_LDADD = lib/libofct.la
NAT_SCENARIOS = \
	nat_ftp_port_snat nat_ftp_eprt_snat nat_ftp_pasv_snat \
	nat_ftp_pasv_dnat nat_ftp_port_dnat
EXTRA_DIST += \
	tests/data/ct/record-nat.sh \
	$(NAT_SCENARIOS:%=tests/data/ct/%.in.pcap) \
	$(NAT_SCENARIOS:%=tests/data/ct/%.out.pcap)

# Inputs that the fuzz targets (below) found wrong, checked through the
# command line; the others are in the unit suites.
CLI_TESTS += tests/cli/fuzz-regressions.sh

# Fuzzing: not part of `make check`.  `make fuzz` builds the libFuzzer
# targets of tests/fuzz/ (one per decoder) against the library compiled
# with -fsanitize=fuzzer-no-link,address,undefined, when a compiler
# supports -fsanitize=fuzzer (clang; skipped with a message otherwise),
# and runs each for FUZZ_SECONDS seconds from seeds made from tests/data.
# `make fuzz FUZZ_TARGETS=fuzz-odp FUZZ_SECONDS=600` runs one longer; see
# tests/fuzz/README.md.  Everything lands in tests/fuzz-build.
FUZZ_TARGETS = \
	fuzz-actions fuzz-actions-parse fuzz-flow-parse fuzz-ofp-print \
	fuzz-odp fuzz-frame fuzz-conntrack fuzz-pcap fuzz-pipeline
FUZZ_SECONDS = 60
FUZZ_CC =
FUZZ_ARGS =
EXTRA_DIST += \
	tests/fuzz/README.md \
	tests/fuzz/fuzz.sh \
	tests/fuzz/fuzz.h \
	tests/fuzz/make-corpus.py \
	$(FUZZ_TARGETS:%=tests/fuzz/%.c)
fuzz: all
	@srcdir='$(abs_top_srcdir)' builddir='$(abs_top_builddir)' \
	  OFCT='$(abs_top_builddir)/utilities/ofct' \
	  CC='$(CC)' FUZZ_CC='$(FUZZ_CC)' FUZZ_ARGS='$(FUZZ_ARGS)' \
	  FUZZ_SECONDS='$(FUZZ_SECONDS)' \
	  FUZZ_LIB_SOURCES='$(lib_libofct_la_SOURCES)' \
	  FUZZ_LIBS='$(LIBMNL_LIBS) $(PCAP_LIBS)' \
	  $(SHELL) $(srcdir)/tests/fuzz/fuzz.sh $(FUZZ_TARGETS)
.PHONY: fuzz
clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz-build
.PHONY: clean-fuzz
