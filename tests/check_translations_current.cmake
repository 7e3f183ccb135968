# Fails when the .ts files in TS_DIR are stale: runs lupdate (same sources and options as the
# update_translations target) on copies in WORK_DIR and compares them with the originals.
#   cmake -DLUPDATE=... -DSOURCES=lupdate-sources.lst -DTS_DIR=... -DWORK_DIR=... -P this
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/wbcstudio_*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no wbcstudio_*.ts in ${TS_DIR}")
endif()
set(stale "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    set(options -no-obsolete -locations none)
    if(name STREQUAL "wbcstudio_en.ts")
        list(APPEND options -pluralonly) # English: only the plural forms
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent "@${SOURCES}" ${options} -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${ts}" "${copy}"
        RESULT_VARIABLE differs)
    if(differs)
        list(APPEND stale "${name}")
        find_program(DIFF diff)
        if(DIFF)
            execute_process(COMMAND "${DIFF}" -u "${ts}" "${copy}" OUTPUT_VARIABLE d)
            message("${d}")
        endif()
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Stale translations: ${stale}. Run\n"
        "  cmake --build BUILD_DIR --target update_translations\n"
        "then translate the new messages (Qt Linguist) and commit translations/.")
endif()
list(LENGTH ts_files n)
message(STATUS "${n} .ts files are current")
