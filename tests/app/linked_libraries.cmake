# Checks that an executable really links the libraries Alembic Studio is built on, and
# that the dynamic linker finds every library it needs. Run with -DBINARY=<path>.
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed: ${err}")
endif()
if(out MATCHES "not found")
    message(FATAL_ERROR "${BINARY} needs libraries that are not installed:\n${out}")
endif()
foreach(library libKF6SyntaxHighlighting libqscintilla2_qt6 libqt6keychain libQt6Widgets)
    if(NOT out MATCHES "${library}\\.so")
        message(FATAL_ERROR "${BINARY} does not link ${library}:\n${out}")
    endif()
endforeach()
