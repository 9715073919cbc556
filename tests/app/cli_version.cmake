# Checks that `BINARY --version` exits with 0 and prints exactly "alembic-studio-cli VERSION"
# and a newline. (PASS_REGULAR_EXPRESSION would ignore the exit code, and a version's dots
# would be read as "any character".) Run with -DBINARY=<path> -DVERSION=<project version>.
execute_process(COMMAND "${BINARY}" --version
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "${BINARY} --version exited with ${rc}: ${err}")
endif()
if(NOT out STREQUAL "alembic-studio-cli ${VERSION}\n")
    message(FATAL_ERROR "${BINARY} --version printed \"${out}\", not \"alembic-studio-cli ${VERSION}\\n\"")
endif()
