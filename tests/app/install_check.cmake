# `cmake --install` of the build into a fresh prefix, then what a desktop needs checked
# there: the programs run and say the project's version, the desktop entry and the
# AppStream metainfo are where desktops look and valid, the icon is under the entry's name.
#   cmake -DBUILD_DIR=… -DPREFIX=… -DVERSION=… -P install_check.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${error}")
endif()

set(id io.github.alembic_studio.AlembicStudio)
foreach(path IN ITEMS
        bin/alembic-studio
        bin/alembic-studio-cli
        share/applications/${id}.desktop
        share/metainfo/${id}.metainfo.xml
        share/icons/hicolor/scalable/apps/${id}.svg)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "cmake --install did not install ${path}")
    endif()
endforeach()

execute_process(COMMAND "${PREFIX}/bin/alembic-studio-cli" --version
                OUTPUT_VARIABLE said RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT said MATCHES "${VERSION}")
    message(FATAL_ERROR "the installed alembic-studio-cli --version said '${said}' (${result}), not ${VERSION}")
endif()

execute_process(COMMAND desktop-file-validate "${PREFIX}/share/applications/${id}.desktop"
                RESULT_VARIABLE result OUTPUT_VARIABLE said ERROR_VARIABLE said)
if(NOT result EQUAL 0 OR NOT said STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${said}")
endif()

execute_process(COMMAND appstreamcli validate --no-net "${PREFIX}/share/metainfo/${id}.metainfo.xml"
                RESULT_VARIABLE result OUTPUT_VARIABLE said ERROR_VARIABLE said)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${said}")
endif()
file(READ "${PREFIX}/share/metainfo/${id}.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "the metainfo's release is not ${VERSION}")
endif()
