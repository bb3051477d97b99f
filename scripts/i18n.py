#!/usr/bin/env python3
"""Writes the .resx files from Resources/SharedResource.tsv (key, en, fr, nl).

Translators edit one table with a row per text; the build reads the generated .resx.
Run after editing the table: python3 scripts/i18n.py
"""
import csv, pathlib, sys
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent / "src" / "DataStrategy.Web" / "Resources"
rows = list(csv.DictReader(open(root / "SharedResource.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
keys = [r["key"] for r in rows]
dupes = {k for k in keys if keys.count(k) > 1}
if dupes:
    sys.exit(f"duplicate keys: {sorted(dupes)}")
header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for suffix, column in (("", "en"), (".fr", "fr"), (".nl", "nl")):
    out = [header]
    for r in sorted(rows, key=lambda r: r["key"]):
        value = r[column] or (r["key"] if column == "en" else "")
        if not value:
            sys.exit(f"missing {column} for {r['key']!r}")
        out.append(f'  <data name="{escape(r["key"], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(value)}</value></data>\n')
    out.append("</root>\n")
    (root / f"SharedResource{suffix}.resx").write_text("".join(out), encoding="utf-8")
print(f"{len(rows)} texts written in en, fr, nl")
