# Build step for the installed documents: a man page or a changelog, compressed the way Debian
# wants (gzip -9n: best compression, no name and no timestamp inside, so rebuilds are identical).
#
#   cmake -DINPUT=docs/wbc.1.in -DOUTPUT=BUILD/wbc.1.gz [-DCONFIGURE=ON] [-DWBC=BUILD/wbc]
#         -DPROJECT_VERSION=... -DWBC_RELEASE_DATE=... -DPROJECT_HOMEPAGE_URL=...
#         -P packaging/gzipdoc.cmake
#
# CONFIGURE: fill in @VARIABLES@ (a man page template). WBC: also fill in @WBC_MAN_COMMANDS@ with
# `WBC help --man`, run under the C locale so the manual is English whatever the build's locale.
if(NOT INPUT OR NOT OUTPUT)
    message(FATAL_ERROR "gzipdoc.cmake: INPUT and OUTPUT are required")
endif()
find_program(GZIP gzip REQUIRED)
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
if(WBC)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C LANGUAGE= ${WBC} help --man
        OUTPUT_VARIABLE WBC_MAN_COMMANDS
        ERROR_VARIABLE error
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR WBC_MAN_COMMANDS STREQUAL "")
        message(FATAL_ERROR "gzipdoc.cmake: '${WBC} help --man' failed (${status}): ${error}")
    endif()
    string(REGEX REPLACE "\n$" "" WBC_MAN_COMMANDS "${WBC_MAN_COMMANDS}")
endif()
if(CONFIGURE)
    configure_file(${INPUT} ${plain} @ONLY)
else()
    configure_file(${INPUT} ${plain} COPYONLY)
endif()
execute_process(COMMAND ${GZIP} -9n -c ${plain} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzipdoc.cmake: gzip -9n ${plain} failed (${status})")
endif()
