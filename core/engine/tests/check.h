#pragma once

// The engine tests' one assertion: plain C++, counts failures, never stops the run.

#include <iostream>

namespace wbc::engine::test {
inline int g_failures = 0;
} // namespace wbc::engine::test

#define ENGINE_CHECK(cond)                                                                 \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            std::cerr << __FILE__ << ":" << __LINE__ << ": check failed: " #cond "\n";     \
            ++wbc::engine::test::g_failures;                                               \
        }                                                                                  \
    } while (0)
