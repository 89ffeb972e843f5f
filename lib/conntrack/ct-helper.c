/* The registry of application-layer helpers (ALGs).  A helper is named by
 * ct(commit,alg=NAME); the FTP and TFTP helpers have their own files
 * (ct-ftp.c, ct-tftp.c). */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "conntrack/ct-alg.h"

static const struct ct_helper *const helpers[] = {
    &ct_helper_ftp,
    &ct_helper_tftp,
    NULL,                       /* End of the table. */
};

const struct ct_helper *
ct_helper_find(const char *name)
{
    size_t i;

    for (i = 0; helpers[i]; i++) {
        if (!strcmp(helpers[i]->name, name)) {
            return helpers[i];
        }
    }
    return NULL;
}

bool
ofct_ct_helper_info(const char *name, uint8_t *proto, uint16_t *port)
{
    const struct ct_helper *helper = name ? ct_helper_find(name) : NULL;

    if (helper) {
        if (proto) {
            *proto = helper->proto;
        }
        if (port) {
            *port = helper->port;
        }
    }
    return helper != NULL;
}
