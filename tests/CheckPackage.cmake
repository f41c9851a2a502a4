# Installs the build into a temporary prefix, builds the Debian package, and
# checks that both contain every file a desktop installation needs and that
# the installed CLI runs from its installed location.
#
# cmake -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=... -P CheckPackage.cmake
foreach(var BUILD_DIR WORK_DIR VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

set(expected
    bin/dermaedge
    bin/dermaedge-cli
    share/applications/dermaedge.desktop
    share/icons/hicolor/scalable/apps/dermaedge.svg
    share/metainfo/org.dermaedge.DermaEdge.metainfo.xml
    share/man/man1/dermaedge-cli.1.gz
    share/doc/dermaedge/user-guide.md
    share/doc/dermaedge/user-guide.ca.md
    share/doc/dermaedge/user-guide.es.md
    share/dermaedge/models/dermaedge-resnet-fp32.pt
    share/dermaedge/models/dermaedge-resnet-fp32.json
    share/dermaedge/models/dermaedge-resnet-fp32.md
    share/dermaedge/models/dermaedge-resnet-int8-static.pt
    share/dermaedge/models/dermaedge-resnet-int8-static.json)

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
    RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
foreach(path ${expected})
    if(NOT EXISTS "${prefix}/${path}")
        message(FATAL_ERROR "The installation lacks ${path}")
    endif()
endforeach()

# The installed CLI must print its version and find the models installed beside it.
execute_process(COMMAND "${prefix}/bin/dermaedge-cli" --version
    OUTPUT_VARIABLE version_output RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version_output MATCHES "dermaedge-cli ${VERSION}")
    message(FATAL_ERROR "Installed dermaedge-cli --version printed '${version_output}' (${status})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "DERMAEDGE_MODELS_DIR=${WORK_DIR}/none"
    "XDG_DATA_HOME=${WORK_DIR}/data" "${prefix}/bin/dermaedge-cli" models
    OUTPUT_VARIABLE models_output RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT models_output MATCHES "dermaedge-resnet-fp32")
    message(FATAL_ERROR "Installed dermaedge-cli models printed '${models_output}' (${status})")
endif()

# The Debian package holds the same files under /usr.
execute_process(COMMAND cpack -G DEB -B "${WORK_DIR}/deb" --config "${BUILD_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE status OUTPUT_VARIABLE cpack_output ERROR_VARIABLE cpack_output)
file(GLOB debs "${WORK_DIR}/deb/*.deb")
if(NOT status EQUAL 0 OR NOT debs)
    message(FATAL_ERROR "cpack failed (${status}): ${cpack_output}")
endif()
list(GET debs 0 deb)
execute_process(COMMAND dpkg-deb --contents "${deb}" OUTPUT_VARIABLE contents RESULT_VARIABLE status)
execute_process(COMMAND dpkg-deb --field "${deb}" Depends OUTPUT_VARIABLE depends)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "dpkg-deb could not list ${deb}")
endif()
foreach(path ${expected})
    if(NOT contents MATCHES "\\./usr/${path}")
        message(FATAL_ERROR "${deb} lacks /usr/${path}")
    endif()
endforeach()
foreach(dependency libqt6widgets6 libtorch1.13 libopenblas0-pthread)
    if(NOT depends MATCHES "${dependency}")
        message(FATAL_ERROR "${deb} does not depend on ${dependency}: ${depends}")
    endif()
endforeach()
message(STATUS "Checked the installation and ${deb}")
