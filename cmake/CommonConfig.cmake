# Warnings and defines shared by every target of the project: link wbc_common_options.
add_library(wbc_common_options INTERFACE)
target_compile_options(wbc_common_options INTERFACE -Wall -Wextra)
target_compile_definitions(wbc_common_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WBC_VERSION="${PROJECT_VERSION}")
