/* The registry of application-layer helpers (ALGs).  A helper is named by
 * ct(commit,alg=NAME); the FTP and TFTP helpers come with their own
 * files and add themselves to this table. */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "conntrack/ct-private.h"

static const struct ct_helper *const helpers[] = {
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
