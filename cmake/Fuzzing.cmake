# TI_FUZZ builds the libFuzzer targets (tests/fuzz) and only what they link;
# the `fuzz` preset sets it with clang++. The libraries get libFuzzer's coverage
# instrumentation plus AddressSanitizer and UndefinedBehaviorSanitizer; only the
# fuzz_<what> executables link libFuzzer's main (ti_add_fuzzer).
#
# Without TI_FUZZ, ti_add_fuzzer builds the same target with a small main that
# replays its seed corpus and regression inputs, so every build (and the asan
# build) checks them as an ordinary test.
if(TI_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TI_FUZZ needs clang for libFuzzer: configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ (or use the `fuzz` preset)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

set(TI_FUZZ_SECONDS 5 CACHE STRING "How long each fuzz_<what> test fuzzes in a TI_FUZZ build")

# ti_add_fuzzer(<what> SOURCES <files...> LIBRARIES <libs...>)
# Target fuzz_<what>; seed corpus in tests/fuzz/corpus/<what>/, inputs that once
# failed in tests/fuzz/regressions/<what>/.
function(ti_add_fuzzer what)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    set(name fuzz_${what})
    set(corpus ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/${what})
    set(regressions ${CMAKE_SOURCE_DIR}/tests/fuzz/regressions/${what})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
    if(TI_FUZZ)
        target_link_options(${name} PRIVATE -fsanitize=fuzzer)
        add_test(NAME ${name}
                 COMMAND ${CMAKE_SOURCE_DIR}/tests/fuzz/run-fuzzer.sh $<TARGET_FILE:${name}>
                         ${corpus} ${regressions} ${TI_FUZZ_SECONDS})
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    else()
        target_sources(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/fuzz/FuzzReplayMain.cpp)
        add_test(NAME ${name}_corpus COMMAND ${name} ${corpus} ${regressions})
        set_tests_properties(${name}_corpus PROPERTIES TIMEOUT 300)
    endif()
endfunction()
