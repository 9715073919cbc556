# Checks that the reference Alembic runs (exit code 0) and is version 1.13 or newer, printed
# exactly as "alembic X.Y.Z" and a newline. Run with -DALEMBIC=<path>.
execute_process(COMMAND "${ALEMBIC}" --version
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "${ALEMBIC} --version exited with ${rc}: ${err}")
endif()
if(NOT out MATCHES "^alembic ([0-9]+\\.[0-9]+\\.[0-9]+)\n$")
    message(FATAL_ERROR "${ALEMBIC} --version printed \"${out}\", not \"alembic X.Y.Z\\n\"")
endif()
if(CMAKE_MATCH_1 VERSION_LESS 1.13)
    message(FATAL_ERROR "the reference Alembic is ${CMAKE_MATCH_1}; the fidelity tests need 1.13 or newer")
endif()
