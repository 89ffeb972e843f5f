#include <config.h>

#include "ofct/ofct.h"

const char *
ofct_version(void)
{
    return PACKAGE_VERSION;
}
