# Precompiled Qt headers for every target (TI_PRECOMPILED_HEADERS, on by
# default). Most of a translation unit's compile time here is parsing Qt:
# <QtTest> alone pulls in all of QtCore, and every test parses it again. The
# module headers a target can see are compiled once into a ti_pch_<modules>
# target, and every target with the same Qt modules reuses it (REUSE_FROM).
# Measured in docs/HARDENING.md.
#
# GCC uses a precompiled header only when the macros it mentions are defined
# the same way as when it was built; otherwise -Winvalid-pch warns and the file
# is compiled from text (correct, but slow). The module headers test their
# QT_<MODULE>_LIB macros, so targets are grouped by exactly which of these
# modules are in their link closure, and QtTest stays out of the headers:
# qtest.h tests QT_TESTCASE_BUILDDIR, which differs for every test.
include_guard(GLOBAL)
option(TI_PRECOMPILED_HEADERS "Precompile the Qt headers once and reuse them in every target" ON)

set(TI_PCH_STANDARD_HEADERS <algorithm> <functional> <memory> <optional> <vector>)
set(TI_PCH_MODULES Core Sql Concurrent Gui Widgets)

# Appends to `out` every link item reachable from `item` through the usage
# requirements that carry compile definitions (INTERFACE_LINK_LIBRARIES).
function(_ti_link_closure item out)
    set(closure ${${out}})
    if(NOT TARGET ${item} OR ${item} IN_LIST closure)
        set(${out} ${closure} PARENT_SCOPE)
        return()
    endif()
    get_target_property(aliased ${item} ALIASED_TARGET)
    if(aliased)
        set(item ${aliased})
    endif()
    list(APPEND closure ${item})
    get_target_property(deps ${item} INTERFACE_LINK_LIBRARIES)
    foreach(dep IN LISTS deps)
        if(NOT dep MATCHES "^\\$<|^::@")
            _ti_link_closure(${dep} closure)
        endif()
    endforeach()
    set(${out} ${closure} PARENT_SCOPE)
endfunction()

function(_ti_targets_in directory out)
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        _ti_targets_in(${subdirectory} nested)
        list(APPEND targets ${nested})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# The modules of TI_PCH_MODULES whose QT_<MODULE>_LIB macro a target compiles
# with: the imported Qt6:: targets in its link closure. Other modules' macros
# (QT_TESTLIB_LIB, QT_SVG_LIB...) do not appear in these headers, so they do
# not split the groups.
function(_ti_qt_modules target out)
    set(closure)
    get_target_property(deps ${target} LINK_LIBRARIES)
    foreach(dep IN LISTS deps)
        if(NOT dep MATCHES "^\\$<|^::@")
            _ti_link_closure(${dep} closure)
        endif()
    endforeach()
    set(modules)
    foreach(item IN LISTS closure)
        if(item MATCHES "^Qt6::(.+)$")
            set(module ${CMAKE_MATCH_1})
            get_target_property(definitions ${item} INTERFACE_COMPILE_DEFINITIONS)
            if(module IN_LIST TI_PCH_MODULES AND definitions MATCHES "(^|;)QT_[A-Z_]+_LIB(;|$)")
                list(APPEND modules ${module})
            endif()
        endif()
    endforeach()
    list(SORT modules)
    set(${out} ${modules} PARENT_SCOPE)
endfunction()

function(_ti_pch_target modules out)
    string(REPLACE ";" "_" suffix "${modules}")
    string(TOLOWER "ti_pch_${suffix}" name)
    if(NOT TARGET ${name})
        set(headers)
        foreach(module IN LISTS TI_PCH_MODULES)
            if(module IN_LIST modules)
                list(APPEND headers <Qt${module}/Qt${module}>)
            endif()
        endforeach()
        list(TRANSFORM modules PREPEND Qt6:: OUTPUT_VARIABLE libraries)
        set(source ${CMAKE_BINARY_DIR}/pch/${name}.cpp)
        file(CONFIGURE OUTPUT ${source} CONTENT "// The precompiled header's own translation unit.\n")
        add_library(${name} STATIC ${source})
        target_link_libraries(${name} PRIVATE ${libraries})
        target_precompile_headers(${name} PRIVATE ${headers} ${TI_PCH_STANDARD_HEADERS})
        set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    endif()
    set(${out} ${name} PARENT_SCOPE)
endfunction()

# Runs once every directory has added its targets (deferred to the end of the
# top-level CMakeLists.txt), so no target has to opt in.
function(ti_use_precompiled_headers)
    _ti_targets_in(${CMAKE_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        _ti_qt_modules(${target} modules)
        if("Core" IN_LIST modules)
            _ti_pch_target("${modules}" pch)
            target_precompile_headers(${target} REUSE_FROM ${pch})
        endif()
    endforeach()
endfunction()

if(TI_PRECOMPILED_HEADERS AND NOT TI_FUZZ)
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL ti_use_precompiled_headers)
endif()
