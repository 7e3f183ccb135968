# Fails when a source file under DIRS holds user-visible text outside tr()/translate(): lupdate
# only extracts those, so such text would stay English in every language.
#
# Under QT_NO_CAST_FROM_ASCII untranslated text can only reach a widget through
# QStringLiteral/QLatin1String/QString::fromLatin1/fromUtf8/u"..." (and, in the command line,
# through `<< "..."`). A literal counts as text when, without HTML tags, entities and %1/%n
# placeholders, it holds two words, or one word and a space ("%1 s", "(epoch %1)"). Identifiers,
# keys, file names and markup pass. A line that really means it says so with `// notr`.
#   cmake -DDIRS=ui,app -P check_tr.cmake
string(REPLACE "," ";" DIRS "${DIRS}")
set(hits "")
set(checked 0)
foreach(dir IN LISTS DIRS)
    file(GLOB_RECURSE files "${dir}/*.cpp" "${dir}/*.h")
    foreach(f IN LISTS files)
        math(EXPR checked "${checked} + 1")
        file(READ "${f}" content)
        # One list element per line: protect the characters CMake lists treat specially.
        string(REPLACE ";" "<semicolon>" content "${content}")
        string(REPLACE "[" "<lbracket>" content "${content}")
        string(REPLACE "]" "<rbracket>" content "${content}")
        string(REPLACE "\\\"" "<quote>" content "${content}")
        string(REPLACE "\n" ";" lines "${content}")
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            string(REPLACE "<lbracket>" "[" line "${line}")
            string(REPLACE "<rbracket>" "]" line "${line}")
            if(line MATCHES "// notr|setApplicationName|setOrganizationName|setDesktopFileName|setObjectName|^ *#|^ *//")
                continue()
            endif()
            string(REGEX MATCHALL
                "(QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|QString::fromUtf8)\\(\"[^\"]*\"|[^=!] u\"[^\"]*\"|<< \"[^\"]*\""
                literals "${line}")
            foreach(literal IN LISTS literals)
                string(REGEX REPLACE "^[^\"]*\"(.*)\"$" "\\1" text "${literal}")
                string(REGEX REPLACE "<[a-z/][^>]*>" " " text "${text}") # HTML tags
                string(REGEX REPLACE "&[a-z]+<semicolon>" " " text "${text}")
                string(REGEX REPLACE "%L?([0-9]+|n)" "" text "${text}")
                string(REGEX REPLACE "\\\\[nt]" " " text "${text}")
                if(text MATCHES "^wbc( [a-z]+)?:? ?$") # the program's name before a message
                    continue()
                endif()
                string(REGEX MATCHALL "[^ ]*[A-Za-z][^ ]*" words "${text}")
                list(LENGTH words count)
                if(count GREATER_EQUAL 2 OR (count EQUAL 1 AND text MATCHES " "))
                    string(STRIP "${line}" shown)
                    string(REPLACE "<semicolon>" "\;" shown "${shown}")
                    list(APPEND hits "${f}:${number}: ${shown}")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()
if(hits)
    list(JOIN hits "\n" report)
    message(FATAL_ERROR "User-visible text outside tr() (wrap it, or mark the line // notr):\n${report}")
endif()
message(STATUS "checked ${checked} files in ${DIRS}: all user-visible text goes through tr()")
