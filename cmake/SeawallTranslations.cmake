# SPDX-License-Identifier: GPL-3.0-or-later
# seawall_translatable_sources(OUT target…): the absolute paths of the
# sources of the given targets, for lupdate (Qt 6.4's qt_add_translations
# scans only the target it is given).
function(seawall_translatable_sources out)
    set(files)
    foreach(target IN LISTS ARGN)
        get_target_property(sources ${target} SOURCES)
        get_target_property(dir ${target} SOURCE_DIR)
        foreach(source IN LISTS sources)
            if(source MATCHES "\\.(cpp|h)$")
                if(NOT IS_ABSOLUTE "${source}")
                    set(source "${dir}/${source}")
                endif()
                list(APPEND files "${source}")
            endif()
        endforeach()
    endforeach()
    set(${out} ${files} PARENT_SCOPE)
endfunction()
