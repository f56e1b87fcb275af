"""What the app folder leaves out of what PyInstaller collects (shared by the spec and
``size_report.py --windows``, so the Windows estimate cuts exactly what the build cuts).

Standard library only. Each rule names a part the app never loads; sizes are the
Windows wheels' (PySide6-Essentials 6.11, opencv-python-headless 4.14, babel 2.19):

- Qt's own translations: Qt has no Indonesian (the app ships gui/i18n/qtbase_id.qm)
  and English needs none;
- Qt plugins for input methods, networking, TLS, SQL, printing, QML tooling, EGL
  devices, and the GTK platform theme (Linux; it pulls in GTK, ~15 MB): the app
  uses the Fusion style and draws with QtWidgets;
- Qt image format plugins for formats the app never reads through Qt (TIFF, ICNS,
  TGA, WBMP, PDF): photos are decoded by Pillow (studio.media) and handed to Qt as
  pixels; Qt itself reads only the PNG/SVG icons, the PNG logos and the guide's PNG
  pictures (JPEG, WebP, GIF and ICO stay for a brand kit's logo or a designer's file);
- Babel's ~1,100 locales but Indonesian and English (-33 MB; dates and numbers are
  formatted in "id", the English UI reads "en"/"en_GB");
- Windows: the Direct2D platform plugin and the "modern Windows" style plugin (-1.3 MB;
  the app runs on the "windows" platform plugin and sets the Fusion style);
- Windows: OpenCV's own FFmpeg for cv2.VideoCapture (-29 MB; the app reads video
  with the bundled ffmpeg program, never through OpenCV) and Mesa's software
  OpenGL (opengl32sw.dll, -20 MB; QtWidgets draws without OpenGL).
"""

from __future__ import annotations

UNUSED = (
    "/translations/",
    "/plugins/platforminputcontexts/", "/plugins/networkinformation/",
    "/plugins/tls/", "/plugins/qmltooling/", "/plugins/sqldrivers/",
    "/plugins/egldeviceintegrations/", "/plugins/generic/", "/plugins/printsupport/",
    "/plugins/platformthemes/",
    "/opencv_videoio_ffmpeg", "/opengl32sw.dll",
    # Windows: the Direct2D platform plugin (the app runs on "windows", and "offscreen"
    # in the smoke test) and the native-look style plugin (the app sets Fusion).
    "/plugins/platforms/qdirect2d", "/plugins/styles/",
)
# Qt image format plugins the app never uses (file names without lib prefix/suffix).
UNUSED_IMAGE_FORMATS = ("qtiff", "qicns", "qtga", "qwbmp", "qpdf")
# Shared libraries only the GTK platform theme needed (Linux).
UNUSED_LIBS = ("libgtk-3", "libgdk-3", "libgdk_pixbuf", "libatk-", "libatk-bridge", "libatspi",
               "libpango", "libcairo", "libepoxy", "libpixman")
BABEL_LOCALES = ("root", "id", "id_ID", "en", "en_001", "en_150", "en_GB", "en_US",
                 "en_US_POSIX")


def wanted(dest: str) -> bool:
    """Whether a file PyInstaller collected (its path in the bundle) stays in it."""
    dest = "/" + dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if any(part in dest for part in UNUSED) or name.startswith(UNUSED_LIBS):
        return False
    if "/imageformats/" in dest:
        stem = name.split(".", 1)[0].removeprefix("lib")
        return stem not in UNUSED_IMAGE_FORMATS
    if "/babel/locale-data/" in dest:
        return name.removesuffix(".dat") in BABEL_LOCALES
    return True
