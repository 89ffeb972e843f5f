/* Error reporting shared by every layer. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ofct/util.h"

static const char *const ofperr_names[OFCT_N_OFPERRS] = {
    [OFCT_OK] = "OK",
    [OFPBAC_BAD_TYPE] = "OFPBAC_BAD_TYPE",
    [OFPBAC_BAD_LEN] = "OFPBAC_BAD_LEN",
    [OFPBAC_BAD_VENDOR] = "OFPBAC_BAD_VENDOR",
    [OFPBAC_BAD_VENDOR_TYPE] = "OFPBAC_BAD_VENDOR_TYPE",
    [OFPBAC_BAD_OUT_PORT] = "OFPBAC_BAD_OUT_PORT",
    [OFPBAC_BAD_ARGUMENT] = "OFPBAC_BAD_ARGUMENT",
    [OFPBAC_TOO_MANY] = "OFPBAC_TOO_MANY",
    [OFPBAC_BAD_OUT_TABLE] = "OFPBAC_BAD_OUT_TABLE",
    [OFPBAC_MATCH_INCONSISTENT] = "OFPBAC_MATCH_INCONSISTENT",
    [OFPBAC_UNSUPPORTED_ORDER] = "OFPBAC_UNSUPPORTED_ORDER",
    [OFPBAC_BAD_SET_TYPE] = "OFPBAC_BAD_SET_TYPE",
    [OFPBAC_BAD_SET_LEN] = "OFPBAC_BAD_SET_LEN",
    [OFPBAC_BAD_SET_ARGUMENT] = "OFPBAC_BAD_SET_ARGUMENT",
    [OFPBAC_BAD_SET_MASK] = "OFPBAC_BAD_SET_MASK",
    [OFPBIC_UNKNOWN_INST] = "OFPBIC_UNKNOWN_INST",
    [OFPBIC_UNSUP_INST] = "OFPBIC_UNSUP_INST",
    [OFPBIC_BAD_TABLE_ID] = "OFPBIC_BAD_TABLE_ID",
    [OFPBIC_BAD_LEN] = "OFPBIC_BAD_LEN",
    [OFPBIC_DUP_INST] = "OFPBIC_DUP_INST",
    [OFPBIC_BAD_EXPERIMENTER] = "OFPBIC_BAD_EXPERIMENTER",
    [OFPBRC_BAD_LEN] = "OFPBRC_BAD_LEN",
    [OFPBRC_BAD_VERSION] = "OFPBRC_BAD_VERSION",
    [OFPBRC_BAD_TYPE] = "OFPBRC_BAD_TYPE",
    [OFPBMC_BAD_FIELD] = "OFPBMC_BAD_FIELD",
    [OFPBMC_BAD_VALUE] = "OFPBMC_BAD_VALUE",
    [OFPBMC_BAD_MASK] = "OFPBMC_BAD_MASK",
    [OFPBMC_BAD_PREREQ] = "OFPBMC_BAD_PREREQ",
    [OFPBMC_DUP_FIELD] = "OFPBMC_DUP_FIELD",
    [OFPBMC_BAD_LEN] = "OFPBMC_BAD_LEN",
    [OFPBMC_BAD_WILDCARDS] = "OFPBMC_BAD_WILDCARDS",
    [OFPBMC_BAD_TYPE] = "OFPBMC_BAD_TYPE",
    [OFPFMFC_BAD_TABLE_ID] = "OFPFMFC_BAD_TABLE_ID",
    [OFPFMFC_BAD_COMMAND] = "OFPFMFC_BAD_COMMAND",
    [OFPFMFC_BAD_FLAGS] = "OFPFMFC_BAD_FLAGS",
    [NXBRC_MUST_BE_ZERO] = "NXBRC_MUST_BE_ZERO",
    [NXBAC_BAD_CONJUNCTION] = "NXBAC_BAD_CONJUNCTION",
};

const char *
ofct_ofperr_name(enum ofct_ofperr code)
{
    if ((unsigned) code < OFCT_N_OFPERRS && ofperr_names[code]) {
        return ofperr_names[code];
    }
    return "OFPERR_UNKNOWN";
}

int
ofct_error_vset(struct ofct_error *err, enum ofct_ofperr code,
                const char *fmt, va_list args)
{
    if (err) {
        err->code = code;
        vsnprintf(err->msg, sizeof err->msg, fmt, args);
    }
    return -1;
}

int
ofct_error_set(struct ofct_error *err, enum ofct_ofperr code,
               const char *fmt, ...)
{
    va_list args;

    va_start(args, fmt);
    ofct_error_vset(err, code, fmt, args);
    va_end(args);
    return -1;
}

void
ofct_error_clear(struct ofct_error *err)
{
    if (err) {
        err->code = OFCT_OK;
        err->msg[0] = '\0';
    }
}
