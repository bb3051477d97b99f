#!/usr/bin/env python3
"""Counts generated texts without a translation, for issue 18's figure.

Usage: python3 scripts/i18n_audit.py [repository root]   (prints the list and the counts)

Counted:
  1. Resource keys the web application asks for in code (L["…"], l["…"], both texts of L.Count(n, "…", "…"),
     EveryLanguage.Text(l, "…")) that have no row in Resources/SharedResource.tsv: the reader sees the English key.
  2. Rows of SharedResource.tsv with an empty fr or nl column.
  3. Document texts of Core (DocumentTexts.*.cs: ("en", "fr", "nl") tuples) with an empty language.
  4. Singular texts of L.Count(...) that write a literal 1: French uses the singular for 0 too ("0 entretien").
Also printed, not counted as missing translations: French texts breaking French typography (a normal space or no
space before : ; ? !, "quotes" rather than « »), see FrenchTypography in the tests.
"""
import csv, pathlib, re, sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
web = root / "src" / "DataStrategy.Web"
rows = list(csv.DictReader(open(web / "Resources" / "SharedResource.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
table = {r["key"]: r for r in rows}

lit = r'"((?:[^"\\]|\\.)*)"'
patterns = [
    re.compile(r'\b[lL]\[' + lit + r'(\s*\+)?'),
    re.compile(r'\bEveryLanguage\.Text\(\w+,\s*' + lit),
    re.compile(r'\.Count\([^;"]*?,\s*' + lit + r',\s*' + lit),
]
used = {}
singular_with_one = []
for f in sorted(list(web.rglob("*.cs")) + list(web.rglob("*.cshtml"))):
    if "/obj/" in str(f) or "/bin/" in str(f):
        continue
    text = f.read_text(encoding="utf-8")
    for p in patterns:
        for m in p.finditer(text):
            groups = m.groups()
            joined = p is patterns[0] and groups[-1] is not None
            for g in (groups[:1] if p is patterns[0] else groups):
                key = g.replace('\\"', '"')
                if joined and key.endswith(".") and key[:-1].isalpha():
                    continue  # a dynamic prefix ("Role." + role)
                used.setdefault(key, f.relative_to(root))
            if p is patterns[2] and re.search(r'(?<![\w{])1(?![\w}])', m.group(1)):
                singular_with_one.append(m.group(1))

missing_rows = sorted(k for k in used if k not in table)
empty = sorted(f"{lang}: {r['key']}" for r in rows for lang in ("fr", "nl") if not r[lang].strip())
doc_missing = []
for f in sorted((root / "src" / "DataStrategy.Core" / "Documents").glob("DocumentTexts*.cs")):
    for m in re.finditer(r'\]\s*=\s*\(\s*' + lit + r',\s*' + lit + r',\s*' + lit + r'\)', f.read_text(encoding="utf-8"), re.S):
        for lang, value in zip(("en", "fr", "nl"), m.groups()):
            if not value.strip():
                doc_missing.append(f"{f.name}: {lang} of {m.group(1)!r}")

def french_breaks(text):
    text = re.sub(r'\{[^}]*\}', 'X', text)               # placeholders and format strings ({0:N1})
    text = re.sub(r'https?://\S+|<[^>]*>|&\w+;', ' ', text)  # addresses, markup, entities
    bad = []
    for m in re.finditer(r'[:;?!]', text):
        i = m.start()
        before = text[i - 1] if i else ''
        after = text[i + 1] if i + 1 < len(text) else ''
        if m.group() == ':' and before.isdigit() and after.isdigit():
            continue  # 10:30
        if before in '\u00a0\u202f' or i == 0 or before in ':;?!':
            continue
        bad.append(text[max(0, i - 12):i + 2])
    if re.search(r'«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»', text) or re.search(r'"[^"]+"|“[^”]+”', text):
        bad.append("quotes")
    return bad

typography = [(r["key"], b) for r in rows for b in french_breaks(r["fr"])]

print(f"keys used in code: {len(used)}")
for k in missing_rows:
    print(f"  no translation row: {k!r} ({used[k]})")
for e in empty:
    print(f"  empty: {e}")
for d in doc_missing:
    print(f"  document text missing: {d}")
for s in singular_with_one:
    print(f"  singular with a literal 1 (wrong for French 0): {s!r}")
print(f"French texts breaking typography: {len(typography)} ({len({k for k, _ in typography})} rows)")
total = len(missing_rows) + len(empty) + len(doc_missing) + len(singular_with_one)
print(f"generated texts without a translation: {total} "
      f"(no row {len(missing_rows)}, empty {len(empty)}, document {len(doc_missing)}, singular with 1: {len(singular_with_one)})")
