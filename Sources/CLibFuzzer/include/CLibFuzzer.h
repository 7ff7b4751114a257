#ifndef PLANSITE_CLIBFUZZER_H
#define PLANSITE_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer). The fuzz executables call it
/// from their own `main`: SwiftPM gives every executable a `main` of its own (it links
/// `main` to `<module>_main`), so libFuzzer's `main` cannot be used. Referenced only when
/// built with -DFUZZING; an ordinary build never links it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
