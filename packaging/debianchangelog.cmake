# CHANGELOG.md -> a changelog in Debian's syntax (deb-changelog(5)), at configure time.
#
#   wbc_debian_changelog(MARKDOWN file OUTPUT file PACKAGE name MAINTAINER "Name <mail>"
#                        VERSION x.y.z DATE_VARIABLE var)
#
# CHANGELOG.md holds `## VERSION - YYYY-MM-DD` headings, newest first, each followed by `- `
# items whose continuation lines start with two spaces. The newest heading must carry VERSION
# (the project version), so the package, the About box and the changelog cannot disagree; its
# date is returned in DATE_VARIABLE (the AppStream release and the man pages' dates), so the
# build does not depend on the day it runs. Any other line is an error naming the file and line.
function(wbc_debian_changelog)
    cmake_parse_arguments(PARSE_ARGV 0 arg ""
        "MARKDOWN;OUTPUT;PACKAGE;MAINTAINER;VERSION;DATE_VARIABLE" "")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${arg_MARKDOWN})
    file(STRINGS ${arg_MARKDOWN} lines ENCODING UTF-8)
    set(text "")
    set(entry "")
    set(newest "")
    set(line_number 0)
    set(in_header TRUE)
    foreach(line IN LISTS lines)
        math(EXPR line_number "${line_number} + 1")
        string(LENGTH "${line}" length)
        set(date_pattern "([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])")
        if(line MATCHES "^## ([0-9]+(\\.[0-9]+)*) - ${date_pattern}$")
            set(version ${CMAKE_MATCH_1})
            set(year ${CMAKE_MATCH_3})
            set(month ${CMAKE_MATCH_4})
            set(day ${CMAKE_MATCH_5})
            if(NOT in_header)
                string(APPEND text "${entry}\n")
            endif()
            set(in_header FALSE)
            if(newest STREQUAL "")
                set(newest ${version})
                set(${arg_DATE_VARIABLE} "${year}-${month}-${day}" PARENT_SCOPE)
            endif()
            _wbc_rfc2822_date(${year} ${month} ${day} date)
            string(APPEND text "${arg_PACKAGE} (${version}) unstable; urgency=medium\n\n")
            set(entry "\n -- ${arg_MAINTAINER}  ${date}\n")
        elseif(in_header OR line STREQUAL "")
            continue()
        elseif(length GREATER 76)
            message(FATAL_ERROR "${arg_MARKDOWN}:${line_number}: longer than 76 characters "
                "(the Debian changelog allows 80 with its indent)")
        elseif(line MATCHES "^- (.+)$")
            string(APPEND text "  * ${CMAKE_MATCH_1}\n")
        elseif(line MATCHES "^  ([^ ].*)$")
            string(APPEND text "    ${CMAKE_MATCH_1}\n")
        else()
            message(FATAL_ERROR "${arg_MARKDOWN}:${line_number}: expected '## VERSION - "
                "YYYY-MM-DD', a '- ' item or a continuation indented by two spaces: '${line}'")
        endif()
    endforeach()
    if(NOT newest STREQUAL arg_VERSION)
        message(FATAL_ERROR "${arg_MARKDOWN}: the newest entry is '${newest}' but CMakeLists.txt "
            "says VERSION ${arg_VERSION}; add a '## ${arg_VERSION} - YYYY-MM-DD' entry on top")
    endif()
    string(APPEND text "${entry}")
    file(WRITE ${arg_OUTPUT}.new "${text}")
    configure_file(${arg_OUTPUT}.new ${arg_OUTPUT} COPYONLY) # rewritten only when it changed
endfunction()

# "Tue, 01 Dec 2026 00:00:00 +0000" for a calendar date (the weekday by Sakamoto's method).
function(_wbc_rfc2822_date year month day out)
    math(EXPR m "${month}")
    math(EXPR d "${day}")
    math(EXPR y "${year}")
    if(m LESS 3)
        math(EXPR y "${y} - 1")
    endif()
    set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
    math(EXPR index "${m} - 1")
    list(GET offsets ${index} offset)
    math(EXPR weekday "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${offset} + ${d}) % 7")
    set(weekdays Sun Mon Tue Wed Thu Fri Sat)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET weekdays ${weekday} weekday_name)
    list(GET months ${index} month_name)
    set(${out} "${weekday_name}, ${day} ${month_name} ${year} 00:00:00 +0000" PARENT_SCOPE)
endfunction()
