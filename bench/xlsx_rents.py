#!/usr/bin/env python3
"""Changes the rent of every 10th data row of a units export (.xlsx written by SXSSF, inline strings)
by +1 yuan, streaming the sheet's XML: bench/imports.sh's "10 % of rents changed" file.

    bench/xlsx_rents.py in.xlsx out.xlsx
"""
import re
import sys
import zipfile

src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")
            header = re.search(r'<row r="1".*?</row>', text, re.S).group(0)
            column = None
            for ref, body in re.findall(r'<c r="([A-Z]+)1"[^>]*>(.*?)</c>', header, re.S):
                if "rentYuanM2Month" in body:
                    column = ref
            if column is None:
                sys.exit("no rentYuanM2Month column")
            changed = 0

            def bump(m):
                global changed
                row = int(m.group(2))
                if row % 10 != 2:
                    return m.group(0)
                changed += 1
                return '%s<v>%s</v>' % (m.group(1), repr(float(m.group(3)) + 1))

            text = re.sub(r'(<c r="%s(\d+)"[^>]*>)<v>([^<]+)</v>' % column, bump, text)
            print("rents changed: %d" % changed, file=sys.stderr)
            data = text.encode("utf-8")
        zout.writestr(item, data)
