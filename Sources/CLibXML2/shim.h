#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would pull in the system ICU headers, which
   clash with the ICU copy inside swift-corelibs-foundation. We never touch the ICU converter
   fields, so compile the headers without them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state;
   this wrapper is the one way Swift code frees libxml2 memory. */
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }
#endif
