#!/usr/bin/env bash
# tools/bootstrap.sh: install, build, then run the main job or the tests.
#
#   tools/bootstrap.sh run    # ingest the bundled corpus into tally.sqlite
#   tools/bootstrap.sh test   # the whole test suite (quick unit tests first)
#   tools/bootstrap.sh build  # install and build only
#
# Idempotent: packages already installed are not fetched again and the build
# is incremental, so a re-run costs seconds. Works on a fresh Debian 12 as
# root or with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # toolchain
  g++ cmake make pkg-config
  # the pipeline's libraries, one stage each (docs/pipeline.md)
  libpoppler-cpp-dev libpoppler-private-dev libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim
  tesseract-ocr-eng
  libtiff-dev
  libicu-dev libre2-dev libsqlite3-dev libxlsxwriter-dev
  # the formats stage: OOXML/OFD/zip, HTML; LibreOffice for .doc/.xls/.wps/.et
  libzip-dev zlib1g-dev libxml2-dev libreoffice-writer-nogui libreoffice-calc-nogui
  # tests (sqlite-utils: the dataset read by an outside tool)
  libgtest-dev libgmock-dev sqlite-utils
  # tools: corpus generator (cairo+pango, CJK fonts), bench (pdftotext)
  libcairo2-dev libpango1.0-dev fonts-noto-cjk poppler-utils sqlite3
  # benchmarks: the tesseract CLI to compare with, qpdf to join scans
  tesseract-ocr qpdf
  # the audit report in a real browser (tests/report/browser_test.cc):
  # chromium over the DevTools protocol, whose JSON nlohmann-json reads
  chromium nlohmann-json3-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >&2
fi

jobs=$(nproc)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build build -j"$jobs" >&2

case "${1:-run}" in
  build) ;;
  run)
    build/tally ingest corpus/pdf corpus/seeds --db tally.sqlite -j "$jobs"
    ;;
  test)
    # Last, pass or fail: where people find the screenshots the browser
    # test took of the audit report (tests/report/browser_test.cc).
    shots="$PWD/build/report-screenshots"
    trap 'echo "audit report screenshots (headless chromium, this run):" \
            "$shots/ ($(find "$shots" -name "*.png" 2>/dev/null | wc -l) PNG," \
            "a folder per test)"' EXIT
    # Quick unit subset first, so a broken basic fails in seconds; then
    # everything else (real engines, slow tests).
    ctest --test-dir build -L unit -j "$jobs" --output-on-failure
    ctest --test-dir build -LE unit -j "$jobs" --output-on-failure
    ;;
  *)
    echo "usage: tools/bootstrap.sh run|test|build" >&2
    exit 2
    ;;
esac
