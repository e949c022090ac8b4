#!/usr/bin/env bash
# tools/bootstrap.sh: install, build, then run the main job or the tests.
#
#   tools/bootstrap.sh run    # ingest the bundled corpus into tally.sqlite
#   tools/bootstrap.sh test   # the whole test suite (quick unit tests first)
#   tools/bootstrap.sh build  # install and build only
#   tools/bootstrap.sh sanitize  # the whole suite under ASan+UBSan (build-asan/)
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
# The sanitizer build has a tree of its own, so it never replaces build/.
build=build
options=()
if [ "${1:-run}" = sanitize ]; then
  build=build-asan
  options=(-DTALLY_SANITIZE=ON)
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" >&2
fi
cmake --build "$build" -j"$jobs" >&2

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
  sanitize)
    # Not in CI: under ASan+UBSan the suite takes several times as long.
    # Ingest workers send stderr to /dev/null, so a sanitizer report from a
    # worker would reach a test only as "the worker crashed", which the
    # fault-injection tests accept. Every process therefore writes its
    # reports to files, and a run that leaves one fails even if every test
    # passed. (print_suppressions=0: LeakSanitizer would otherwise write a
    # file listing the cairo leaks tools/lsan_suppressions.cc suppresses.)
    logs="$PWD/build-asan/sanitizer-logs"
    rm -rf "$logs"
    mkdir -p "$logs"
    export ASAN_OPTIONS="log_path=$logs/asan:detect_leaks=1:print_suppressions=0:check_initialization_order=1"
    export UBSAN_OPTIONS="log_path=$logs/ubsan:print_stacktrace=1:halt_on_error=1"
    status=0
    ctest --test-dir build-asan -L unit -j "$jobs" --output-on-failure || status=1
    ctest --test-dir build-asan -LE unit -j "$jobs" --output-on-failure \
      --timeout 3000 || status=1
    if [ -n "$(ls -A "$logs")" ]; then
      echo "sanitizer reports in $logs:" >&2
      head -n 40 "$logs"/* >&2
      status=1
    fi
    exit "$status"
    ;;
  *)
    echo "usage: tools/bootstrap.sh run|test|build|sanitize" >&2
    exit 2
    ;;
esac
