# ti_add_test(<name> SOURCES <files...> LIBRARIES <libs...> [GUI] [OFFSCREEN_ONLY])
# One Qt Test executable per class under test, registered with CTest, running
# with the offscreen platform. TI_TEST_PG_URL (set by scripts/with-postgres.sh)
# points at the throwaway PostgreSQL server.
#
# GUI suites run a second time in a real X window (xcb under Xvfb) as
# <name>_xvfb, so what an operator's display does is tested too. Those runs hold
# one lock: concurrent `xvfb-run -a` can race for the same display number.
# OFFSCREEN_ONLY keeps a GUI suite out of Xvfb and must say why where it is used.
find_program(TI_XVFB_RUN xvfb-run)
function(ti_add_test name)
    cmake_parse_arguments(ARG "GUI;OFFSCREEN_ONLY" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ti_test_support Qt6::Test ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        TIMEOUT 600)
    if(ARG_GUI AND NOT ARG_OFFSCREEN_ONLY AND TI_XVFB_RUN)
        add_test(NAME ${name}_xvfb
                 COMMAND ${TI_XVFB_RUN} -a -s "-screen 0 1280x1024x24" $<TARGET_FILE:${name}>)
        set_tests_properties(${name}_xvfb PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=xcb"
            RESOURCE_LOCK xvfb
            TIMEOUT 600)
    endif()
endfunction()
