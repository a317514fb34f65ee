#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H
#if !__has_include(<libstemmer.h>)
#error "libstemmer headers not found: install them with 'sudo apt-get install libstemmer-dev' (or run 'make')"
#else
#include <libstemmer.h>
#endif
#endif
