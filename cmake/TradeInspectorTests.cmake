# ti_add_test(<name> SOURCES <files...> LIBRARIES <libs...> [GUI])
# One Qt Test executable per class under test, registered with CTest. Tests run
# with the offscreen platform and a private HOME/XDG tree so they never touch the
# developer's settings. TI_TEST_PG_URL (set by scripts/test.sh) points at the
# throwaway PostgreSQL server.
function(ti_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ti_test_support Qt6::Test ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software"
        TIMEOUT 600)
endfunction()
