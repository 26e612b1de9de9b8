# The Debian package, made with CPack by ./toward.sh package, which configures with
# -DCMAKE_INSTALL_PREFIX=/usr -DTOWARD_DEBIAN_PACKAGE=ON. Without that option the install tree is
# the plain one `cmake --install` gives.
option(TOWARD_DEBIAN_PACKAGE
    "Install what Debian asks of a package besides the app: the copyright file and changelog, and a compressed man page"
    OFF)
set(TOWARD_MAINTAINER "Toward maintainers <maintainers@toward.app>" CACHE STRING
    "The package's maintainer, as Name <address>")

if(TOWARD_DEBIAN_PACKAGE)
    set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/toward)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${doc_dir})
    # Compressed as Debian's policy asks (gzip -9n: no name, no time stamp, so builds repeat).
    add_custom_command(OUTPUT changelog.gz
        COMMAND gzip -9n < ${CMAKE_CURRENT_LIST_DIR}/changelog > changelog.gz
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog)
    add_custom_target(toward_package_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
    install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${doc_dir})
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME toward)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${TOWARD_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "coach for alignment practice, for back and neck pain")
# Wrapped by hand: CPack copies the lines into the control file as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Toward is a desktop coach for alignment practice, for people living with\n"
    "back and neck pain. The pose matters less than the direction: in each\n"
    "movement and each breath, every part of the body moves toward its natural\n"
    "shape, the spine's S-shaped curves, or away from it.\n"
    "\n"
    "Toward offers small toward actions for the mat, the desk or the car, paces\n"
    "a short practice by the breath with tones or a voice, and keeps a private\n"
    "pain journal on this computer that shows what helps, with a fair test of\n"
    "two practices, a CSV export and a PDF report for a clinician.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${TOWARD_HOMEPAGE})
# Libraries from dpkg-shlibdeps; Qt's plugins that Toward needs and no library links: SQLite for
# the journal, the SVG icon engine for the window's icon. The xcb platform plugin is in libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Wayland sessions; Qt's own texts (dialog buttons, "Usage:") in the person's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
