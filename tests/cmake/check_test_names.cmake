# SPDX-License-Identifier: GPL-3.0-or-later
# Run after a test executable is linked (cmake -DEXE=… -P): fails the build
# when the executable names no test, or a test by a name that ctest cannot
# carry to it. catch_discover_tests splits a name at ';' into pieces that
# match no test, and Catch2 reads '*' as a wildcard and a leading '#' or
# '~' as a tag or an exclusion, so such a test would never run.
execute_process(COMMAND "${EXE}" --list-test-names-only
    OUTPUT_VARIABLE output RESULT_VARIABLE result ERROR_VARIABLE errors)
if(result LESS 0 OR NOT result MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${EXE} could not list its tests: ${result}\n${errors}")
endif()
string(REPLACE ";" "<semicolon>" output "${output}")
string(REPLACE "\n" ";" names "${output}")
set(count 0)
set(bad)
foreach(name IN LISTS names)
    if(name STREQUAL "")
        continue()
    endif()
    math(EXPR count "${count} + 1")
    if(name MATCHES "<semicolon>|\\*|\\\\" OR name MATCHES "^[#~ ]" OR name MATCHES " $")
        string(REPLACE "<semicolon>" ";" name "${name}")
        list(APPEND bad "  ${name}")
    endif()
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "${EXE} holds no test case: ctest would run nothing of it.")
endif()
if(bad)
    string(REPLACE ";  " "\n  " bad "${bad}")
    message(FATAL_ERROR "${EXE}: these test names cannot reach their test through ctest "
        "(no ';', '*' or '\\', and no leading '#', '~' or blank):\n${bad}")
endif()
