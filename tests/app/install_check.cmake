# `cmake --install` of the build into a fresh prefix, then what a desktop needs checked
# there: the programs run and say the project's version, the desktop entry and the
# AppStream metainfo are where desktops look and valid, the icon is under the entry's name,
# the sample project is there for the command line, and the installed CLI reads it.
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
        share/icons/hicolor/scalable/apps/${id}.svg
        share/alembic-studio/sample/scribes/alembic.ini
        share/alembic-studio/sample/scribes/versions/d1ae55532612_merge_audit_branch_into_main.py
        share/doc/alembic-studio/CHANGELOG.md)
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

# The installed sample is a whole project: the installed CLI reads it as the source's.
execute_process(COMMAND "${PREFIX}/bin/alembic-studio-cli" heads
                WORKING_DIRECTORY "${PREFIX}/share/alembic-studio/sample/scribes"
                OUTPUT_VARIABLE said RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT said STREQUAL "d1ae55532612 (audit) (head)\n")
    message(FATAL_ERROR "alembic-studio-cli heads on the installed sample said '${said}' (${result})")
endif()
