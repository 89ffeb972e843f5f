/* Unit tests for lib/util: byte buffers, hex conversion, errors. */
#include <config.h>

#include <check.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "ofct/util.h"

/* ofct_buf */

START_TEST(test_buf_starts_empty)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ck_assert_uint_eq(b.size, 0);
    ck_assert_ptr_null(b.data);
    /* cstr must work on a buffer that never allocated. */
    ck_assert_str_eq(ofct_buf_cstr(&b), "");
    ck_assert_uint_eq(b.size, 0);
    ofct_buf_uninit(&b);
    ck_assert_ptr_null(b.data);
}
END_TEST

START_TEST(test_buf_growth_keeps_contents)
{
    struct ofct_buf b;
    size_t i;

    ofct_buf_init(&b);
    /* Byte by byte well past the initial capacity, so that the buffer is
     * reallocated several times. */
    for (i = 0; i < 10000; i++) {
        uint8_t byte = i * 7;
        ofct_buf_put(&b, &byte, 1);
        ck_assert_uint_gt(b.allocated, b.size);
    }
    ck_assert_uint_eq(b.size, 10000);
    for (i = 0; i < 10000; i++) {
        ck_assert_uint_eq(b.data[i], (uint8_t) (i * 7));
    }
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_buf_put_returns_position)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    uint8_t *p, *z;

    ofct_buf_put(&b, "ab", 2);
    p = ofct_buf_put_uninit(&b, 3);
    ck_assert_ptr_eq(p, b.data + 2);
    memcpy(p, "cde", 3);
    z = ofct_buf_put_zeros(&b, 4);
    ck_assert_ptr_eq(z, b.data + 5);
    ck_assert_uint_eq(b.size, 9);
    ck_assert_mem_eq(b.data, "abcde\0\0\0\0", 9);
    /* A zero-length put adds nothing and accepts a null source. */
    ofct_buf_put(&b, NULL, 0);
    ck_assert_uint_eq(b.size, 9);
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_buf_reserve)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    uint8_t *before;

    ofct_buf_put(&b, "x", 1);
    ofct_buf_reserve(&b, 1000);
    ck_assert_uint_eq(b.size, 1);
    ck_assert_uint_ge(b.allocated, 1 + 1000 + 1);
    /* Reserved room means no reallocation while filling it. */
    before = b.data;
    ofct_buf_put_zeros(&b, 1000);
    ck_assert_ptr_eq(b.data, before);
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_buf_printf)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    char big[300];

    ofct_buf_printf(&b, "%d-%s", 42, "x");
    ck_assert_uint_eq(b.size, 4);
    ck_assert_str_eq(ofct_buf_cstr(&b), "42-x");

    /* Longer than the 64 bytes printf first reserves: takes the retry. */
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ofct_buf_printf(&b, "[%s]", big);
    ck_assert_uint_eq(b.size, 4 + 2 + 299);
    ck_assert_int_eq(b.data[4], '[');
    ck_assert_int_eq(b.data[5 + 299], ']');
    ck_assert_int_eq(b.data[b.size], '\0');
    ck_assert_uint_eq(strlen(ofct_buf_cstr(&b)), b.size);

    ofct_buf_printf(&b, "%s", "");
    ck_assert_uint_eq(b.size, 305);
    ofct_buf_uninit(&b);
}
END_TEST

/* ofct_buf_printf() formats common conversions itself and the rest
 * through vsnprintf(): either way the text must be libc's. */
#define CHECK_PRINTF(...)                                               \
    do {                                                                \
        struct ofct_buf b_ = OFCT_BUF_INITIALIZER;                      \
        char expect_[512];                                              \
                                                                        \
        snprintf(expect_, sizeof expect_, __VA_ARGS__);                 \
        ofct_buf_put(&b_, "<", 1);                                      \
        ofct_buf_printf(&b_, __VA_ARGS__);                              \
        ck_assert_str_eq(ofct_buf_cstr(&b_) + 1, expect_);              \
        ck_assert_uint_eq(b_.size, 1 + strlen(expect_));                \
        ofct_buf_uninit(&b_);                                           \
    } while (0)

START_TEST(test_buf_printf_matches_libc)
{
    static const long long values[] = {
        0, 1, -1, 7, 42, -42, 255, 256, 4095, 65535, 65536, -65536,
        2147483647LL, -2147483647LL - 1, 4294967295LL, 4294967296LL,
        0x123456789abcdefLL, INT64_MAX, INT64_MIN,
    };

    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        long long v = values[i];

        CHECK_PRINTF("%d|%i|%u|%x|%X", (int) v, (int) v, (unsigned) v,
                     (unsigned) v, (unsigned) v);
        CHECK_PRINTF("%5d|%-5d|%05d|%1d|%-1d", (int) v, (int) v, (int) v,
                     (int) v, (int) v);
        CHECK_PRINTF("%02x|%04x|%08x|%#x|%#06x|%#X|%-#8x|", (unsigned) v,
                     (unsigned) v, (unsigned) v, (unsigned) v,
                     (unsigned) v, (unsigned) v, (unsigned) v);
        CHECK_PRINTF("%hhd %hhu %hhx %hd %hu %hx", (int) v, (unsigned) v,
                     (unsigned) v, (int) v, (unsigned) v, (unsigned) v);
        CHECK_PRINTF("%ld %lu %lx %lld %llu %llx %#llx", (long) v,
                     (unsigned long) v, (unsigned long) v, v,
                     (unsigned long long) v, (unsigned long long) v,
                     (unsigned long long) v);
        CHECK_PRINTF("%zu %zx %zd %08zx %#zx %jd %ju %td", (size_t) v,
                     (size_t) v, (ssize_t) v, (size_t) v, (size_t) v,
                     (intmax_t) v, (uintmax_t) v, (ptrdiff_t) v);
        CHECK_PRINTF("%"PRIu8" %"PRIx16" %"PRIu32" %"PRIx64" %"PRIu64,
                     (uint8_t) v, (uint16_t) v, (uint32_t) v, (uint64_t) v,
                     (uint64_t) v);
        /* Left to vsnprintf(). */
        CHECK_PRINTF("%+d % d %.3d %*d %o %#o %5.2f %e", (int) v, (int) v,
                     (int) v, 6, (int) v, (unsigned) v, (unsigned) v,
                     (double) v, (double) v);
        CHECK_PRINTF("%s=%d, then %+d", "x", (int) v, (int) v);
    }
    CHECK_PRINTF("%s|%10s|%-10s|%.2s|%.*s|%-6.3s|%c|%3c|%-3c|%%|",
                 "abc", "abc", "abc", "abc", 1, "abc", "abcdef", 'z', 'y',
                 'x');
    CHECK_PRINTF("%.*s|%.*s|", -1, "negative precision", 0, "none");
    CHECK_PRINTF("no conversion at all");
    CHECK_PRINTF("%s", "");
    CHECK_PRINTF("trailing %%");
}
END_TEST

START_TEST(test_buf_puts_putc)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_buf_puts(&b, "actions=");
    ofct_buf_putc(&b, 'd');
    ofct_buf_puts(&b, "rop");
    ck_assert_str_eq(ofct_buf_cstr(&b), "actions=drop");
    ck_assert_uint_eq(b.size, 12);
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_buf_pad)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_buf_pad(&b, 8);
    ck_assert_uint_eq(b.size, 0);
    ofct_buf_put(&b, "\xff\xff\xff", 3);
    ofct_buf_pad(&b, 8);
    ck_assert_uint_eq(b.size, 8);
    ck_assert_mem_eq(b.data, "\xff\xff\xff\0\0\0\0\0", 8);
    /* Already aligned: unchanged. */
    ofct_buf_pad(&b, 8);
    ck_assert_uint_eq(b.size, 8);
    ofct_buf_put(&b, "\x01", 1);
    ofct_buf_pad(&b, 4);
    ck_assert_uint_eq(b.size, 12);
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_buf_chomp_truncate_clear)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_buf_puts(&b, "a,b,");
    ofct_buf_chomp(&b, ',');
    ck_assert_str_eq(ofct_buf_cstr(&b), "a,b");
    /* Only one character, and only if it matches. */
    ofct_buf_chomp(&b, ',');
    ck_assert_str_eq(ofct_buf_cstr(&b), "a,b");
    ofct_buf_chomp(&b, 'b');
    ck_assert_str_eq(ofct_buf_cstr(&b), "a,");

    ofct_buf_truncate(&b, 1);
    ck_assert_str_eq(ofct_buf_cstr(&b), "a");
    /* Truncating to a larger size does not grow the buffer. */
    ofct_buf_truncate(&b, 100);
    ck_assert_uint_eq(b.size, 1);

    ofct_buf_clear(&b);
    ck_assert_uint_eq(b.size, 0);
    ofct_buf_chomp(&b, 'a');
    ck_assert_uint_eq(b.size, 0);
    ck_assert_str_eq(ofct_buf_cstr(&b), "");
    ofct_buf_uninit(&b);
}
END_TEST

/* hex */

/* Converts 's' and checks that it gives exactly 'expect' ('n' bytes). */
static void
check_hex_ok(const char *s, const void *expect, size_t n)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ofct_error_clear(&err);
    ck_assert_msg(ofct_hex_to_bytes(s, &b, &err) == 0,
                  "\"%s\": unexpected error: %s", s, err.msg);
    ck_assert_uint_eq(b.size, n);
    if (n) {
        ck_assert_mem_eq(b.data, expect, n);
    }
    ofct_buf_uninit(&b);
}

/* Converts 's', expects failure with message 'msg' and no OpenFlow code. */
static void
check_hex_error(const char *s, const char *msg)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ofct_error_clear(&err);
    ck_assert_int_eq(ofct_hex_to_bytes(s, &b, &err), -1);
    ck_assert_int_eq(err.code, OFCT_OK);
    ck_assert_str_eq(err.msg, msg);
    ofct_buf_uninit(&b);
}

START_TEST(test_hex_to_bytes)
{
    check_hex_ok("", "", 0);
    check_hex_ok("   \t\n", "", 0);
    check_hex_ok("00", "\x00", 1);
    check_hex_ok("ffff0018", "\xff\xff\x00\x18", 4);
    check_hex_ok("DeadBEEF", "\xde\xad\xbe\xef", 4);
    /* White space between bytes is ignored, wherever it is. */
    check_hex_ok(" ff ff\t00 18\n", "\xff\xff\x00\x18", 4);
    check_hex_ok("0001 0203", "\x00\x01\x02\x03", 4);
}
END_TEST

START_TEST(test_hex_to_bytes_appends)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_buf_put(&b, "\x11", 1);
    ck_assert_int_eq(ofct_hex_to_bytes("2233", &b, NULL), 0);
    ck_assert_uint_eq(b.size, 3);
    ck_assert_mem_eq(b.data, "\x11\x22\x33", 3);
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_hex_to_bytes_errors)
{
    check_hex_error("abc", "odd number of hex digits (c) at offset 2");
    check_hex_error("a", "odd number of hex digits (a) at offset 0");
    check_hex_error("zz", "invalid hex digit `z' at offset 0");
    check_hex_error("0g", "invalid hex digit `g' at offset 1");
    check_hex_error("00 11 2x", "invalid hex digit `x' at offset 7");
    /* A byte's two digits must be adjacent. */
    check_hex_error("0 1", "invalid hex digit ` ' at offset 1");
    check_hex_error("0x10", "invalid hex digit `x' at offset 1");
    /* A null error pointer is allowed. */
    {
        struct ofct_buf b = OFCT_BUF_INITIALIZER;
        ck_assert_int_eq(ofct_hex_to_bytes("q", &b, NULL), -1);
        ofct_buf_uninit(&b);
    }
}
END_TEST

START_TEST(test_bytes_to_hex)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    static const uint8_t bytes[] = { 0x00, 0x09, 0x0a, 0x7f, 0x80, 0xff };

    ofct_bytes_to_hex(bytes, sizeof bytes, &b);
    ck_assert_str_eq(ofct_buf_cstr(&b), "00090a7f80ff");

    ofct_buf_clear(&b);
    ofct_bytes_to_hex(bytes, 0, &b);
    ck_assert_uint_eq(b.size, 0);

    /* Appends to what is there. */
    ofct_buf_puts(&b, "x=");
    ofct_bytes_to_hex("\xab", 1, &b);
    ck_assert_str_eq(ofct_buf_cstr(&b), "x=ab");
    ofct_buf_uninit(&b);
}
END_TEST

START_TEST(test_hex_round_trip)
{
    struct ofct_buf bytes = OFCT_BUF_INITIALIZER;
    struct ofct_buf hex = OFCT_BUF_INITIALIZER;
    struct ofct_buf back = OFCT_BUF_INITIALIZER;
    int i;

    for (i = 0; i < 256; i++) {
        uint8_t byte = i;
        ofct_buf_put(&bytes, &byte, 1);
    }
    ofct_bytes_to_hex(bytes.data, bytes.size, &hex);
    ck_assert_uint_eq(hex.size, 512);
    ck_assert_int_eq(ofct_hex_to_bytes(ofct_buf_cstr(&hex), &back, NULL), 0);
    ck_assert_uint_eq(back.size, 256);
    ck_assert_mem_eq(back.data, bytes.data, 256);
    ofct_buf_uninit(&bytes);
    ofct_buf_uninit(&hex);
    ofct_buf_uninit(&back);
}
END_TEST

/* errors */

START_TEST(test_error_set)
{
    struct ofct_error err;

    ofct_error_clear(&err);
    ck_assert_int_eq(err.code, OFCT_OK);
    ck_assert_str_eq(err.msg, "");

    ck_assert_int_eq(ofct_error_set(&err, OFPBAC_BAD_LEN, "length %d at %s",
                                    7, "offset 0"), -1);
    ck_assert_int_eq(err.code, OFPBAC_BAD_LEN);
    ck_assert_str_eq(err.msg, "length 7 at offset 0");

    ofct_error_clear(&err);
    ck_assert_int_eq(err.code, OFCT_OK);
    ck_assert_str_eq(err.msg, "");

    /* NULL means the caller does not want the details. */
    ck_assert_int_eq(ofct_error_set(NULL, OFPBAC_BAD_TYPE, "x"), -1);
    ofct_error_clear(NULL);
}
END_TEST

START_TEST(test_error_truncates)
{
    struct ofct_error err;
    char long_msg[2 * OFCT_ERROR_MSG_MAX];

    memset(long_msg, 'e', sizeof long_msg - 1);
    long_msg[sizeof long_msg - 1] = '\0';
    ofct_error_set(&err, OFPBAC_BAD_ARGUMENT, "%s", long_msg);
    ck_assert_uint_eq(strlen(err.msg), OFCT_ERROR_MSG_MAX - 1);
    ck_assert_int_eq(err.code, OFPBAC_BAD_ARGUMENT);
}
END_TEST

START_TEST(test_ofperr_name)
{
    int code;

    ck_assert_str_eq(ofct_ofperr_name(OFPBAC_BAD_ARGUMENT),
                     "OFPBAC_BAD_ARGUMENT");
    ck_assert_str_eq(ofct_ofperr_name(OFPBAC_BAD_SET_LEN),
                     "OFPBAC_BAD_SET_LEN");
    ck_assert_str_eq(ofct_ofperr_name(OFPBIC_BAD_TABLE_ID),
                     "OFPBIC_BAD_TABLE_ID");
    ck_assert_str_eq(ofct_ofperr_name(OFPBMC_BAD_LEN), "OFPBMC_BAD_LEN");
    ck_assert_str_eq(ofct_ofperr_name(OFCT_OK), "OK");
    ck_assert_str_eq(ofct_ofperr_name(OFCT_N_OFPERRS), "OFPERR_UNKNOWN");
    ck_assert_str_eq(ofct_ofperr_name((enum ofct_ofperr) -1),
                     "OFPERR_UNKNOWN");

    /* Every code has a name of its own (a missing table entry would show
     * up as OFPERR_UNKNOWN). */
    for (code = 1; code < OFCT_N_OFPERRS; code++) {
        const char *name = ofct_ofperr_name(code);
        int other;

        ck_assert_msg(strcmp(name, "OFPERR_UNKNOWN") && strcmp(name, "OK"),
                      "code %d has no name", code);
        for (other = 1; other < code; other++) {
            ck_assert_str_ne(name, ofct_ofperr_name(other));
        }
    }
}
END_TEST

static Suite *
util_suite(void)
{
    Suite *s = suite_create("util");
    TCase *tc;

    tc = tcase_create("buf");
    tcase_add_test(tc, test_buf_starts_empty);
    tcase_add_test(tc, test_buf_growth_keeps_contents);
    tcase_add_test(tc, test_buf_put_returns_position);
    tcase_add_test(tc, test_buf_reserve);
    tcase_add_test(tc, test_buf_printf);
    tcase_add_test(tc, test_buf_printf_matches_libc);
    tcase_add_test(tc, test_buf_puts_putc);
    tcase_add_test(tc, test_buf_pad);
    tcase_add_test(tc, test_buf_chomp_truncate_clear);
    suite_add_tcase(s, tc);

    tc = tcase_create("hex");
    tcase_add_test(tc, test_hex_to_bytes);
    tcase_add_test(tc, test_hex_to_bytes_appends);
    tcase_add_test(tc, test_hex_to_bytes_errors);
    tcase_add_test(tc, test_bytes_to_hex);
    tcase_add_test(tc, test_hex_round_trip);
    suite_add_tcase(s, tc);

    tc = tcase_create("error");
    tcase_add_test(tc, test_error_set);
    tcase_add_test(tc, test_error_truncates);
    tcase_add_test(tc, test_ofperr_name);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(util_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
