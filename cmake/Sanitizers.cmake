# TI_SANITIZE=address,undefined (or any -fsanitize= list) builds every target
# with those sanitizers; the `asan` preset sets it. UndefinedBehaviorSanitizer
# findings abort (-fno-sanitize-recover), so they fail the test that hit them
# instead of scrolling past in its output.
set(TI_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")

if(TI_SANITIZE)
    add_compile_options(-fsanitize=${TI_SANITIZE} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${TI_SANITIZE})
    if(TI_SANITIZE MATCHES "undefined")
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    # CTest reads this file before it starts any test, so every test (and every
    # program a test starts, such as the CLI) runs with the same options,
    # whether ctest is run from a preset, a script or by hand.
    set(TI_SANITIZER_SUPPRESSIONS ${CMAKE_SOURCE_DIR}/cmake/lsan.supp)
    configure_file(${CMAKE_SOURCE_DIR}/cmake/SanitizerTestEnvironment.cmake.in
                   ${CMAKE_BINARY_DIR}/SanitizerTestEnvironment.cmake @ONLY)
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY TEST_INCLUDE_FILES
                 ${CMAKE_BINARY_DIR}/SanitizerTestEnvironment.cmake)
endif()
