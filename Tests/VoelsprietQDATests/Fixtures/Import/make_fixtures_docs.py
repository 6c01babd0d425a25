"""Word .docx fixtures: made by python-docx and by LibreOffice, hand-made packages for tracked
changes and special run content, and hostile files (not a zip, no document part, malformed XML,
a DTD, zip bombs). Expected paragraphs come from python-docx (or lxml where python-docx does not
look: runs inside w:ins)."""
import io
import os
import shutil
import struct
import subprocess
import tempfile
import xml.parsers.expat
import zipfile

from make_fixtures_common import HERE, speaker_turns, write, write_json

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def package(document_xml, extra=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        if document_xml is not None:
            z.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def body(inner):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{inner}</w:body></w:document>'


def python_docx_lines(path):
    """Body paragraphs and table-cell paragraphs in document order, as python-docx reads them."""
    import docx
    from docx.table import Table

    lines = []
    for block in docx.Document(path).iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    lines += [p.text for p in cell.paragraphs]
        else:
            lines.append(block.text)
    return lines


def make_python_docx(path):
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_heading("Oefeninterview 12 (verzonnen)", level=1)
    p = d.add_paragraph()
    p.add_run("Interviewer:").bold = True
    p.add_run(" Wat deed je na je opleiding?")
    p = d.add_paragraph()
    p.add_run("Cl5:").bold = True
    p.add_run(" Eerst werkte ik\tin een wijkteam.")
    p.add_run().add_break()
    p.add_run("Daarna kwam de opvang, één jaar lang.")
    d.add_paragraph("Het was een zware periode, maar ik leerde veel over ‘grenzen’.")
    d.add_paragraph("")
    d.add_paragraph("Interviewer: En wat betekende dat voor je werk?")
    p = d.add_paragraph()
    p.add_run("Voor de pauze.")
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("Na de pauze.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Thema", "Notitie"
    t.cell(1, 0).text = "Steun"
    t.cell(1, 1).text = "collega’s"
    t.cell(1, 1).add_paragraph("leidinggevende")
    d.add_paragraph("Cl5: Dat is het wel, denk ik.")
    d.save(path)


def make_libreoffice(source, out_path):
    """Round-trips the python-docx file through LibreOffice Writer (docx → odt → docx)."""
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "bron.docx")
        shutil.copy(source, src)
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "odt", "--outdir", tmp, src], check=True,
                       capture_output=True, timeout=300)
        os.remove(src)
        subprocess.run(["soffice", profile, "--headless", "--convert-to", 'docx:MS Word 2007 XML', "--outdir", tmp,
                        os.path.join(tmp, "bron.odt")], check=True, capture_output=True, timeout=300)
        shutil.copy(os.path.join(tmp, "bron.docx"), out_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


TRACKED = body(
    '<w:p><w:r><w:t xml:space="preserve">Prof8: Ik ging </w:t></w:r>'
    '<w:del w:id="1" w:author="Onderzoeker" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">niet </w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="Onderzoeker" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">gisteren </w:t></w:r></w:ins>'
    '<w:r><w:t>naar huis.</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="O" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    '<w:del w:id="4" w:author="O" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Weg ermee.</w:delText></w:r></w:del></w:p>'
    '<w:p><w:moveFrom w:id="5" w:author="O" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Verplaatst</w:t></w:r></w:moveFrom>'
    '<w:r><w:t xml:space="preserve">Interviewer: Blijft </w:t></w:r>'
    '<w:moveTo w:id="6" w:author="O" w:date="2024-01-01T00:00:00Z"><w:r><w:t>staan</w:t></w:r></w:moveTo></w:p>'
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cel een</w:t></w:r></w:p></w:tc>'
    '<w:tc><w:p><w:ins w:id="7" w:author="O" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Cel twee</w:t></w:r></w:ins></w:p></w:tc></w:tr></w:tbl>'
)


def lxml_lines(document_xml):
    """Paragraph texts by XPath: w:t outside deletions and moved-away text, in document order."""
    from lxml import etree

    root = etree.fromstring(document_xml.encode())
    ns = {"w": W}
    lines = []
    for p in root.iterfind(".//w:p", ns):
        parts = p.xpath(".//w:t[not(ancestor::w:del) and not(ancestor::w:moveFrom)]/text()", namespaces=ns)
        lines.append("".join(parts))
    return lines


# Special run content; the expected lines are written by hand from ECMA-376 §17.3.3.
FEATURES = body(
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
    '<w:r><w:t>Stud6: een</w:t><w:noBreakHyphen/><w:t>twee</w:t><w:softHyphen/><w:t>drie</w:t></w:r>'
    '<w:r><w:cr/><w:t>regel</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>rechts</w:t></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Pijl </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>'
    '<w:r><w:t xml:space="preserve"> en ohm </w:t></w:r><w:r><w:sym w:font="Arial" w:char="2126"/></w:r></w:p>'
    '<w:p><w:hyperlink w:anchor="x"><w:r><w:t>een link</w:t></w:r></w:hyperlink>'
    '<w:r><w:t xml:space="preserve"> en </w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>1-1-2024</w:t></w:r></w:fldSimple>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:commentRangeStart w:id="0"/><w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkEnd w:id="1"/>'
    '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Voor </w:t></w:r>'
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="wps"><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>in het kader</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></mc:Choice>'
    '<mc:Fallback><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>in het kader (oud)</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></mc:Fallback>'
    '</mc:AlternateContent><w:r><w:t>na</w:t></w:r></w:p>'
    '<w:sdt><w:sdtContent><w:p><w:r><w:t>In een inhoudsbesturingselement</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    '<w:p><w:r><w:t>Entiteiten &amp; &lt;haken&gt; &#233;n &#x20AC;</w:t></w:r></w:p>'
)
FEATURES_LINES = [
    "Stud6: een-tweedrie\nregel\trechts",
    "Pijl \ufffd en ohm \u2126",
    "een link en 1-1-20247",
    "Voor na",
    "In een inhoudsbesturingselement",
    "Entiteiten & <haken> én €",
]

MALFORMED = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document {NS}>\n<w:body>\n<w:p><w:r><w:t>Goed begonnen</w:r></w:p>\n</w:body>\n</w:document>\n'
)
DOCTYPE = (
    '<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
    f'<w:document {NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'
)


def forge_sizes(data, name, uncompressed):
    """Overwrites the declared uncompressed size of one entry in its local header (offset 22) and
    central-directory header (offset 24), APPNOTE.TXT §4.3.7 and §4.3.12."""
    b = bytearray(data)
    encoded = name.encode()
    i = 0
    while (i := b.find(b"PK\x03\x04", i)) >= 0:
        n = struct.unpack_from("<H", b, i + 26)[0]
        if bytes(b[i + 30:i + 30 + n]) == encoded:
            struct.pack_into("<I", b, i + 22, uncompressed)
        i += 4
    i = 0
    while (i := b.find(b"PK\x01\x02", i)) >= 0:
        n = struct.unpack_from("<H", b, i + 28)[0]
        if bytes(b[i + 46:i + 46 + n]) == encoded:
            struct.pack_into("<I", b, i + 24, uncompressed)
        i += 4
    return bytes(b)


def write_docx_fixtures(libreoffice=False):
    made = os.path.join(HERE, "docx", "python-docx-interview.docx")
    os.makedirs(os.path.dirname(made), exist_ok=True)
    make_python_docx(made)
    expected = {}
    lo = os.path.join(HERE, "docx", "libreoffice-interview.docx")
    if libreoffice:
        make_libreoffice(made, lo)
    for name in ["python-docx-interview.docx"] + (["libreoffice-interview.docx"] if os.path.exists(lo) else []):
        lines = python_docx_lines(os.path.join(HERE, "docx", name))
        text = "\n".join(lines)
        expected[name] = {"lines": lines, "turns": speaker_turns(text)}
    write("docx/tracked-changes.docx", package(TRACKED))
    expected["tracked-changes.docx"] = {"lines": lxml_lines(TRACKED), "turns": speaker_turns("\n".join(lxml_lines(TRACKED)))}
    write("docx/features.docx", package(FEATURES))
    expected["features.docx"] = {"lines": FEATURES_LINES, "turns": speaker_turns("\n".join(FEATURES_LINES))}

    write("docx/not-a-zip.docx", "Interviewer: dit is gewoon tekst met een .docx-naam.\n".encode())
    write("docx/no-document.docx", package(None, {"word/styles.xml": f"<w:styles {NS}/>"}))
    write("docx/malformed.docx", package(MALFORMED))
    write("docx/doctype.docx", package(DOCTYPE))
    utf16 = DOCTYPE.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    write("docx/doctype-utf16.docx", package(utf16.encode("utf-16")))
    try:
        xml.parsers.expat.ParserCreate().Parse(MALFORMED.encode(), True)
        raise SystemExit("expat accepted the malformed XML")
    except xml.parsers.expat.ExpatError as e:
        malformed_line = e.lineno

    # Zip bombs: 20 MiB of spaces deflate to ~20 KB (ratio ~1000).
    filler = b"<w:document><w:body>" + b" " * (20 << 20) + b"</w:body></w:document>"
    honest = package(filler)
    write("docx/bomb-declared.docx", honest)
    write("docx/bomb-lying.docx", forge_sizes(honest, "word/document.xml", 4096))
    info = zipfile.ZipFile(io.BytesIO(honest)).getinfo("word/document.xml")
    write_json("docx/expected.json", {
        "ok": expected,
        "malformedLine": malformed_line,
        "bomb": {"uncompressed": info.file_size, "compressed": info.compress_size, "forgedDeclared": 4096},
    })
