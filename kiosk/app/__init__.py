"""The Qt bridge: models, session policy and start-up. No SQL, no QML strings."""

QML_IMPORT_NAME = "Kiosk.App"
QML_IMPORT_MAJOR_VERSION = 1
