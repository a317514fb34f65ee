#ifndef CCMARK_SHIM_H
#define CCMARK_SHIM_H
#if !__has_include(<cmark-gfm.h>)
#error "cmark-gfm headers not found: install them with 'sudo apt-get install libcmark-gfm-dev' (or run 'make')"
#else
#include <cmark-gfm.h>
#endif
#endif
