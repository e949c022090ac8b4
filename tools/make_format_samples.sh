#!/usr/bin/env bash
# tools/make_format_samples.sh: the format test files in tests/data/formats,
# made from the seed reports (real reports, corpus/seeds) so that each format
# carries a real report's text and tables and its facts can be scored
# against corpus/gold (tools/eval_facts matches files by their stem):
#
#   002_e689e19a77c37165.docx   seed 002 (prose and its 绩效自评表), LibreOffice
#                               Writer
#   001_c70d33421e53e59a.doc    seed 001, LibreOffice Writer, Word 97
#   002_e689e19a77c37165.xlsx   seed 002's 绩效自评表 (its indicator table and
#   002_e689e19a77c37165.xls    budget block), LibreOffice Calc: 100% typed
#                               into a cell becomes a 0% number, as in Excel
#   004_b8c8dfb6c76e9ad3.html   seed 004 as a saved bureau web page, GBK,
#                               with navigation around it
#   003_8721613ab08d7715.txt    seed 003 in GB18030 (not UTF-8)
#   000_7f69db8fca4f34bc.txt  seed 000 in UTF-16LE with a byte order mark
#   archive.zip                 a Windows zip (GBK member names): seed 001 as
#                               text, and a note that is not a report
#
# The OFD sample is a real government document from ofdrw's test resources
# (see tests/data/formats/README.md), not made here.
#
# Needs python3, LibreOffice (soffice) and iconv. Deterministic in content,
# not in bytes (office files carry timestamps); run it only to change the
# samples, and commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/data/formats
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import html, re, sys
work = sys.argv[1]
seeds = "corpus/seeds/"

def blocks(lines):
    """Paragraphs and tables (runs of tab-separated lines) of a seed."""
    out, table = [], []
    for line in lines:
        line = line.rstrip("\n")
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            out.append(("table", table))
            table = []
        text = line.strip().lstrip("#").strip()
        if text:
            out.append(("p", text))
    if table:
        out.append(("table", table))
    return out

def to_html(blocks, head="", foot="", charset="utf-8"):
    body = []
    for kind, b in blocks:
        if kind == "p":
            body.append("<p>%s</p>" % html.escape(b))
        else:
            width = max(len(r) for r in b)
            rows = []
            for r in b:
                cells = r + [""] * (width - len(r))
                rows.append("<tr>%s</tr>" % "".join(
                    "<td>%s</td>" % html.escape(c.strip()) for c in cells))
            body.append('<table border="1">%s</table>' % "".join(rows))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=%s"><title>%s</title></head>\n'
            '<body>%s\n%s\n%s</body></html>\n'
            % (charset, "绩效自评报告", head, "\n".join(body), foot))

def seed(stem):
    return open(seeds + stem + ".txt", encoding="utf-8").read().split("\n")

open(work + "/002_e689e19a77c37165.doc.html", "w").write(
    to_html(blocks(seed("002_e689e19a77c37165"))))
open(work + "/001_c70d33421e53e59a.html", "w").write(
    to_html(blocks(seed("001_c70d33421e53e59a"))))

# Seed 002's 绩效自评表: from its title line to the table's end.
lines = seed("002_e689e19a77c37165")
start = max(i for i, l in enumerate(lines) if l.startswith("2022年度项目支出绩效自评表"))
end = max(i for i, l in enumerate(lines) if l.startswith("总分"))
table = [l.split("\t") for l in lines[start + 1:end + 1] if "\t" in l]
width = max(len(r) for r in table)
rows = ['<tr><td colspan="%d">%s</td></tr>' % (width, html.escape(lines[start].strip()))]
for r in table:
    cells = [c.strip() for c in r] + [""] * (width - len(r))
    rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in cells))
open(work + "/002_e689e19a77c37165.html", "w").write(
    '<html><head><meta charset="utf-8"></head><body><table>%s</table></body></html>'
    % "".join(rows))

# Seed 004 as a bureau's web page, saved in GBK.
nav = ('<div class="nav"><a href="/">首页</a> &gt; <a href="#">政务公开</a> '
       '&gt; <a href="#">财政预决算</a></div>'
       '<script>var _hmt = _hmt || []; document.write("访问量");</script>'
       '<style>.nav{color:red}</style>')
foot = '<div class="footer">主办单位：临泽县人民政府办公室 版权所有</div>'
page = to_html(blocks(seed("004_b8c8dfb6c76e9ad3")), nav, foot, "gbk")
open(work + "/004_b8c8dfb6c76e9ad3.html", "wb").write(page.encode("gb18030"))

# Seed 003 in GB18030, seed 000 in UTF-16LE with a BOM.
open(work + "/003_8721613ab08d7715.txt", "wb").write(
    "\n".join(seed("003_8721613ab08d7715")).encode("gb18030"))
open(work + "/000_7f69db8fca4f34bc.txt", "wb").write(
    "\n".join(seed("000_7f69db8fca4f34bc")).encode("utf-16"))
PY

soffice() {
  command soffice --headless --norestore -env:UserInstallation=file://"$work"/profile "$@" >/dev/null
}
mkdir -p "$work/d" && cp "$work/002_e689e19a77c37165.doc.html" \
  "$work/d/002_e689e19a77c37165.html"
soffice --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" \
  --outdir "$work/w" "$work/d/002_e689e19a77c37165.html"
soffice --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" \
  --outdir "$work/w" "$work/001_c70d33421e53e59a.html"
soffice --infilter="HTML (StarCalc)" --convert-to xlsx:"Calc MS Excel 2007 XML" \
  --outdir "$work/c" "$work/002_e689e19a77c37165.html"
soffice --infilter="HTML (StarCalc)" --convert-to xls:"MS Excel 97" \
  --outdir "$work/c" "$work/002_e689e19a77c37165.html"

mkdir -p "$out"
cp "$work/w/002_e689e19a77c37165.docx" "$work/w/001_c70d33421e53e59a.doc" \
   "$work/c/002_e689e19a77c37165.xlsx" "$work/c/002_e689e19a77c37165.xls" \
   "$work/004_b8c8dfb6c76e9ad3.html" "$work/003_8721613ab08d7715.txt" \
   "$work/000_7f69db8fca4f34bc.txt" "$out/"

# A zip as Windows writes it: member names in GBK, no UTF-8 flag.
python3 - "$out" <<'PY'
import sys, zipfile
out = sys.argv[1]
members = [("2022年绩效自评/乐昌市医疗保障局2022年度部门整体支出绩效自评报告.txt",
            "corpus/seeds/001_c70d33421e53e59a.txt"),
           ("2022年绩效自评/说明.txt", None)]
class GbkInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits
with zipfile.ZipFile(out + "/archive.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for name, path in members:
        info = GbkInfo(name, date_time=(2023, 3, 15, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        data = open(path, "rb").read() if path else \
            "本压缩包为2022年度绩效自评材料，请勿修改。\r\n".encode("gbk")
        z.writestr(info, data)
PY
ls -l "$out"
