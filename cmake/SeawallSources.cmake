# SPDX-License-Identifier: GPL-3.0-or-later
# seawall_sources(TARGET FOLDER NAME…): a folder's files of a target, a
# name each: a bare name is the pair FOLDER/NAME.h and FOLDER/NAME.cpp, a
# name with its ending (a header alone) is that one file. FOLDER "." is the
# target's own folder.
function(seawall_sources target folder)
    set(files)
    foreach(name IN LISTS ARGN)
        if(folder STREQUAL ".")
            set(path ${name})
        else()
            set(path ${folder}/${name})
        endif()
        if(name MATCHES "\\.")
            list(APPEND files ${path})
        else()
            list(APPEND files ${path}.h ${path}.cpp)
        endif()
    endforeach()
    target_sources(${target} PRIVATE ${files})
endfunction()
