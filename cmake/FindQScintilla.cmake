# FindQScintilla — QScintilla for Qt 6, which ships no CMake or pkg-config file.
#
# Debian installs the headers as <include>/<arch>/qt6/Qsci/*.h and the library as
# libqscintilla2_qt6.so. Defines the imported target QScintilla::QScintilla and
# QScintilla_VERSION (from QSCINTILLA_VERSION_STR in Qsci/qsciglobal.h).

find_package(Qt6 REQUIRED COMPONENTS Widgets)

# Qt's own include directory is the natural anchor: Debian puts Qsci next to QtWidgets.
get_target_property(_qsci_qt_includes Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
set(_qsci_hints)
foreach(_dir IN LISTS _qsci_qt_includes)
    list(APPEND _qsci_hints "${_dir}" "${_dir}/..")
endforeach()

find_path(QScintilla_INCLUDE_DIR
    NAMES Qsci/qsciscintilla.h
    HINTS ${_qsci_hints}
    PATH_SUFFIXES qt6 "${CMAKE_LIBRARY_ARCHITECTURE}/qt6")
find_library(QScintilla_LIBRARY NAMES qscintilla2_qt6)

if(QScintilla_INCLUDE_DIR AND EXISTS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h")
    file(STRINGS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h" _qsci_version_line
        REGEX "^#define[ \t]+QSCINTILLA_VERSION_STR[ \t]+\"[^\"]+\"")
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" QScintilla_VERSION "${_qsci_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla
    REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR
    VERSION_VAR QScintilla_VERSION)

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QScintilla_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
        # Tells the headers they are used from an application, not built (dllimport side).
        INTERFACE_COMPILE_DEFINITIONS "QSCINTILLA_DLL"
        INTERFACE_LINK_LIBRARIES Qt6::Widgets)
endif()
mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY)
