# Warnings and defines shared by every target of the project: link wbc_common_options.
add_library(wbc_common_options INTERFACE)
target_compile_options(wbc_common_options INTERFACE -Wall -Wextra)
target_compile_definitions(wbc_common_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WBC_VERSION="${PROJECT_VERSION}")

# Sanitizer builds (CI; docs/RELIABILITY.md): address = ASan + UBSan, thread = TSan. Qt, OpenCV
# and LibTorch stay uninstrumented; use a separate build folder (build-asan, build-tsan).
set(WBC_SANITIZE "" CACHE STRING "Sanitizers: address (ASan+UBSan), thread (TSan), or empty")
set_property(CACHE WBC_SANITIZE PROPERTY STRINGS "" address thread)
if(WBC_SANITIZE STREQUAL "address")
    set(WBC_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
elseif(WBC_SANITIZE STREQUAL "thread")
    set(WBC_SANITIZER_FLAGS -fsanitize=thread)
elseif(NOT WBC_SANITIZE STREQUAL "")
    message(FATAL_ERROR "WBC_SANITIZE must be address, thread or empty, not '${WBC_SANITIZE}'")
endif()
if(WBC_SANITIZER_FLAGS)
    target_compile_options(wbc_common_options INTERFACE ${WBC_SANITIZER_FLAGS}
        -fno-omit-frame-pointer)
    target_link_options(wbc_common_options INTERFACE ${WBC_SANITIZER_FLAGS})
endif()
