# Inside dbus-run-session and xvfb-run: the exhibit on the xcb platform with Qt's
# accessibility always on, and the AT-SPI reader beside it. sh run.sh PYTHON DB DONE_FILE
set -u
PY=$1; DB=$2; DONE=$3
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$PY" -m tests.ui.atspi.exhibit "$DB" "$DONE" &
/usr/bin/python3 "$(dirname "$0")/reader.py" exhibit-atspi-test "$DONE"
wait
