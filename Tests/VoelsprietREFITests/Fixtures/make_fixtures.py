#!/usr/bin/env python3
"""Reference values for the REFI-QDA import/export tests, computed independently of the Swift code.

Run from anywhere:  python3 make_fixtures.py   (needs lxml: pip install lxml)

Writes, beside this script:
  samples.json     what each file in ../shared/refi-qda/samples must import as: counts, every
                   coding's stored range, the selected text of a few codings per source, a few codes
  quirks/*.qdpx …  small invented REFI files with the real-world quirks (namespace prefix or none,
                   Project.qde one folder deep, <name>.qde, sources/ vs Sources/, paths without
                   internal://, BOM + CRLF, UTF-16 text, .docx-only text, NVivo UTF-16 positions
                   over emoji) and bad inputs (zip bomb, lying zip header, malformed XML, …)
  quirks.json      what each quirk file must import as, or which error it must raise

The expectations follow the import policy documented in Sources/VoelsprietREFI: positions exclude
the BOM and count CRLF as two; NVivo counts UTF-16 units (only when the text has characters
outside the BMP do the units differ); the stored text drops the CR of CRLF (and turns a lone CR
into LF), so a position moves left by the number of CRLF pairs before it. Sources whose text is
not bundled are skipped. Everything here is computed with lxml/zipfile, not with our code.
"""
import io
import json
import os
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SAMPLES = os.path.join(REPO, "..", "shared", "refi-qda", "samples")
QUIRKS = os.path.join(HERE, "quirks")
FIXED_DATE = (2000, 1, 1, 0, 0, 0)


def local(tag):
    return etree.QName(tag).localname if isinstance(tag, str) else None


def kids(node, name):
    return [c for c in node if local(c.tag) == name]


def kid(node, name):
    found = kids(node, name)
    return found[0] if found else None


# ---------------------------------------------------------------- text and positions

def decode_source(raw):
    """(text without BOM, None) or (None, reason)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), None
    elif raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be"), None
    if b"\x00" in raw:
        return None, "nul"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return None, "encoding"


def docx_text(raw):
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paragraphs = ["".join(t.text or "" for t in p.iter(w + "t")) for p in doc.iter(w + "p")]
    return normalise("\n".join(paragraphs))


def normalise(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_code_point(content, unit, offset):
    """A producer offset as a code-point offset into content, or None (outside / splits a pair)."""
    if unit == "codePoints":
        return offset if 0 <= offset <= len(content) else None
    encoded = content.encode("utf-16-le")
    if not 0 <= offset * 2 <= len(encoded):
        return None
    try:
        return len(encoded[: offset * 2].decode("utf-16-le"))
    except UnicodeDecodeError:
        return None


def stored(content, cp):
    """Code-point offset in content → offset in the normalised text (CR of CRLF removed)."""
    removed = sum(1 for i in range(min(cp, len(content))) if content[i] == "\r" and content[i + 1: i + 2] == "\n")
    return cp - removed


# ---------------------------------------------------------------- expectations of one project

class Package:
    def __init__(self, files, qde_dir):
        self.files = files  # lower-case path -> bytes; None for a bare .qde
        self.qde_dir = qde_dir

    def bundles(self):
        if self.files is None:
            return False
        return any(not p.endswith(".qde") and not p.split("/")[-1].startswith(".") for p in self.files)

    def find(self, raw):
        name = raw.strip().replace("\\", "/")
        low = name.lower()
        if low.startswith(("relative://", "absolute://", "file://")):
            return "external"
        if low.startswith("internal://"):
            name = name[len("internal://"):]
        name = name.lstrip("/")
        if self.files is None:
            return None
        for cand in (self.qde_dir + "sources/" + name, self.qde_dir + name, "sources/" + name, name):
            if cand.lower() in self.files:
                return self.files[cand.lower()]
        return None


def source_text(ts, package):
    """(content as counted, status) with status 'ok', 'skipped' or an error kind."""
    inline = kid(ts, "PlainTextContent")
    if inline is not None:
        return inline.text or "", "ok"
    plain, rich = ts.get("plainTextPath"), ts.get("richTextPath")
    external = False
    if plain:
        found = package.find(plain)
        if found == "external":
            external = True
        elif found is not None:
            text, reason = decode_source(found)
            if text is None:
                return None, "undecodableSource"
            # NVivo for Mac's 1-byte placeholder .txt beside the real .docx
            docx = package.find(rich) if rich and rich.lower().endswith(".docx") else None
            if text.strip() == "" and docx not in (None, "external") and docx_text(docx).strip() != "":
                return docx_text(docx), "ok"
            return text, "ok"
    if rich and rich.lower().endswith(".docx"):
        found = package.find(rich)
        if found not in (None, "external"):
            return docx_text(found), "ok"
    if not external and package.bundles():
        return None, "missingSourceFile"
    return None, "skipped"


def expect_project(xml, package, lenient=False):
    root = etree.fromstring(xml)
    origin = root.get("origin") or ""
    users = [u.get("guid").strip("{}").upper() for u in kids(kid(root, "Users"), "User")] if kid(root, "Users") is not None else []
    codebook = kid(root, "CodeBook")
    codes = []

    def walk(node, parent, depth):
        for c in kids(node, "Code"):
            colour = c.get("color")
            if colour:
                h = colour[1:]
                colour = "#" + (h if len(h) == 6 else "".join(ch * 2 for ch in h)).upper()
            codes.append({"guid": c.get("guid").strip("{}").upper(), "name": c.get("name"), "parent": parent,
                          "colour": colour, "isCodable": c.get("isCodable", "true") in ("true", "1"), "depth": depth})
            walk(c, codes[-1]["guid"], depth + 1)

    if codebook is not None and kid(codebook, "Codes") is not None:
        walk(kid(codebook, "Codes"), None, 0)
    code_ids = {c["guid"] for c in codes}
    sources_node = kid(root, "Sources")
    all_sources = list(sources_node) if sources_node is not None else []
    out = {"origin": origin, "users": len(users), "codes": len(codes),
           "topCodes": sum(1 for c in codes if c["parent"] is None),
           "maxCodeDepth": max([c["depth"] for c in codes], default=0),
           "variables": len(kids(kid(root, "Variables"), "Variable")) if kid(root, "Variables") is not None else 0,
           "cases": len(kids(kid(root, "Cases"), "Case")) if kid(root, "Cases") is not None else 0,
           "sourcesFound": len(all_sources), "textSources": 0, "sourcesImported": 0,
           "selectionsFound": 0, "codingsFound": 0, "codingsImported": 0,
           "utf16Sources": [], "sources": [], "codings": [], "texts": [], "error": None,
           "codesSample": [{k: v for k, v in c.items() if k != "depth"} for c in codes[:25]]}
    coders = set(users)
    synthetic = False
    for ts in all_sources:
        if local(ts.tag) != "TextSource":
            continue
        out["textSources"] += 1
        selections = kids(ts, "PlainTextSelection")
        out["selectionsFound"] += len(selections)
        out["codingsFound"] += sum(len(kids(s, "Coding")) for s in selections) + len(kids(ts, "Coding"))
        content, status = source_text(ts, package)
        if status != "ok":
            if status != "skipped" and not lenient:
                out["error"] = status
                return out
            continue
        unit = "utf16" if "nvivo" in origin.lower() and any(ord(ch) > 0xFFFF for ch in content) else "codePoints"
        name = ts.get("name") or ts.get("guid").upper()
        text = normalise(content)
        out["sourcesImported"] += 1
        if unit == "utf16":
            out["utf16Sources"].append(name)
        out["sources"].append({"guid": ts.get("guid").strip("{}").upper(), "name": name, "length": len(text), "utf16": unit == "utf16"})
        shown = set()
        for sel in selections:
            cods = kids(sel, "Coding")
            if not cods:
                continue
            a, b = int(sel.get("startPosition")), int(sel.get("endPosition"))
            ca, cb = to_code_point(content, unit, a), to_code_point(content, unit, b)
            if a > b or ca is None or cb is None:
                if not lenient:
                    out["error"] = "invalidSelection"
                    return out
                continue
            sa, sb = stored(content, ca), stored(content, cb)
            if sa == sb:
                continue
            for cod in cods:
                ref = kid(cod, "CodeRef")
                code = ref.get("targetGUID").strip("{}").upper() if ref is not None else None
                if code not in code_ids:
                    if not lenient:
                        out["error"] = "unknownCode"
                        return out
                    continue
                user = cod.get("creatingUser") or sel.get("creatingUser")
                if user:
                    coders.add(user.strip("{}").upper())
                else:
                    synthetic = True
                guid = cod.get("guid").strip("{}").upper()
                out["codings"].append({"guid": guid, "source": name, "code": code,
                                       "coder": user.strip("{}").upper() if user else None, "start": sa, "end": sb})
                out["codingsImported"] += 1
                if len(shown) < 8 and (sa, sb) not in shown:
                    out["texts"].append({"guid": guid, "text": text[sa:sb]})
                    shown.add((sa, sb))
    out["coders"] = len(coders) + (1 if synthetic else 0)
    return out


def open_package(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    infos = [i for i in z.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    files = {i.filename.lower(): z.read(i) for i in infos}
    qdes = [i.filename for i in infos if i.filename.lower().endswith(".qde")]
    for depth in (1, 2):
        level = [p for p in qdes if p.count("/") == depth - 1]
        if len(level) == 1:
            qde = level[0]
            break
        named = [p for p in level if p.split("/")[-1].lower() == "project.qde"]
        if len(named) == 1:
            qde = named[0]
            break
    qde_dir = qde.rsplit("/", 1)[0] + "/" if "/" in qde else ""
    return files[qde.lower()], Package(files, qde_dir.lower()), qde


def expect_file(path, lenient=False):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if name.endswith(".qdc"):
        root = etree.fromstring(data)
        codes = [c for c in root.iter() if local(c.tag) == "Code"]
        return {"file": name, "kind": "codebook", "origin": root.get("origin"), "codes": len(codes),
                "codeNames": [c.get("name") for c in codes]}
    if data[:2] == b"PK":
        xml, package, qde = open_package(data)
    else:
        xml, package, qde = data, Package(None, ""), name
    result = expect_project(xml, package, lenient)
    result.update({"file": name, "kind": "project", "projectFile": qde})
    return result


# ---------------------------------------------------------------- invented quirk files

NS = "urn:QDA-XML:project:1.0"
U1, U2 = "0F0E0D0C-0B0A-4909-8807-060504030201", "1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D"
C_TOP, C_SUB, C_OTHER = "AAAAAAAA-0000-4000-8000-000000000001", "AAAAAAAA-0000-4000-8000-000000000002", "AAAAAAAA-0000-4000-8000-000000000003"


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def docx_bytes(paragraphs):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % p for p in paragraphs)
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (w, body)
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", types), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, FIXED_DATE), data)
    return buf.getvalue()


def codebook_xml(prefix=""):
    p = prefix
    return (f'<{p}Users><{p}User guid="{U1}" name="Anna"/><{p}User guid="{{{U2.lower()}}}" name="Bram"/></{p}Users>'
            f'<{p}CodeBook><{p}Codes><{p}Code guid="{C_TOP}" name="Steun" isCodable="false" color="#3a6">'
            f'<{p}Description>Wat helpt</{p}Description>'
            f'<{p}Code guid="{C_SUB}" name="Collega\'s" isCodable="true" color="#12ab9F"/></{p}Code>'
            f'<{p}Code guid="{C_OTHER}" name="Drempels" isCodable="true"/></{p}Codes></{p}CodeBook>')


def u16(text, sub, nth=0):
    """UTF-16 (start, end) of the nth occurrence of sub in text (as NVivo counts)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return len(text[:i].encode("utf-16-le")) // 2, len(text[: i + len(sub)].encode("utf-16-le")) // 2


def cp(text, sub):
    i = text.index(sub)
    return i, i + len(sub)


def selection(guid, start, end, code, coding, user=None, extra=""):
    attr = f' creatingUser="{user}"' if user else ""
    return (f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}">{extra}'
            f'<Coding guid="{coding}"{attr}><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


def project(body, origin="Handwerk 1.0", ns=f' xmlns="{NS}"', prefix=""):
    p = prefix
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<{p}Project{ns} name="Quirk" origin="{origin}">'
            + body.replace("<", "<" + p).replace("<" + p + "/", "</" + p) + f"</{p}Project>").encode("utf-8")


def make_quirks():
    os.makedirs(QUIRKS, exist_ok=True)
    made = {}
    nvivo_text = "\ufeffVraag: hoe was het?\r\nAntwoord: zwaar 😢 maar ik had steun 💪🏽 van collega's.\r\nVraag: en nu?\r\nAntwoord: beter 🙂, echt.\r\n"
    body_text = nvivo_text[1:]
    s1, e1 = u16(body_text, "steun")
    s2, e2 = u16(body_text, "collega's")
    s3, e3 = u16(body_text, "beter")
    s4, e4 = u16(body_text, "Vraag: en nu?\r\nAntwoord: beter")
    src = "BBBBBBBB-0000-4000-8000-000000000001"
    xml = project(codebook_xml() + f'<Sources><TextSource guid="{src}" name="Interview nvivo" plainTextPath="internal://{src}.txt">'
                  + selection("CCCCCCCC-0000-4000-8000-000000000001", s1, e1, C_TOP, "DDDDDDDD-0000-4000-8000-000000000001", U1)
                  + selection("CCCCCCCC-0000-4000-8000-000000000002", s2, e2, C_SUB, "DDDDDDDD-0000-4000-8000-000000000002", U2)
                  + selection("CCCCCCCC-0000-4000-8000-000000000003", s3, e3, C_OTHER, "DDDDDDDD-0000-4000-8000-000000000003", U1)
                  + selection("CCCCCCCC-0000-4000-8000-000000000004", s4, e4, C_OTHER, "DDDDDDDD-0000-4000-8000-000000000004")
                  + "</TextSource></Sources>", origin="NVivo for Windows 12.6", ns=f' xmlns="{NS}"')
    write_zip(os.path.join(QUIRKS, "nvivo_emoji.qdpx"), [("project.qde", xml), (f"Sources/{src}.txt", nvivo_text.encode("utf-8"))])

    # Prefixed namespace, Project.qde one folder deep, bare file names, Sources/ inside the folder.
    text_a = "Eerste regel.\nTweede regel met café en e\u0301 (gecombineerd).\n"
    a1, a2 = cp(text_a, "café"), cp(text_a, "e\u0301 (gecombineerd)")
    xml = project(codebook_xml() + '<Sources><TextSource guid="BBBBBBBB-0000-4000-8000-0000000000A1" name="Gesprek A" plainTextPath="gesprek-a.txt">'
                  + selection("CCCCCCCC-0000-4000-8000-0000000000A1", *a1, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000A1", U1)
                  + selection("CCCCCCCC-0000-4000-8000-0000000000A2", *a2, C_OTHER, "DDDDDDDD-0000-4000-8000-0000000000A2", U2.lower())
                  + "</TextSource></Sources>", ns=f' xmlns:qda="{NS}"', prefix="qda:")
    write_zip(os.path.join(QUIRKS, "prefix_nested.qdpx"), [("Export/Project.qde", xml), ("Export/SOURCES/gesprek-a.txt", text_a.encode("utf-8"))])

    # No namespace, <name>.qde, sources/ lower case, BOM + CRLF, UTF-16 source, .docx-only source,
    # inline text, cases with variables, notes as memos.
    text_b = "\ufeffWie: Prof1\r\nIk merkte dat het hielp.\r\nDaarna werd het lichter.\r\n"
    b1 = cp(text_b[1:], "het hielp.\r\nDaarna")
    text_c = "Tekst in UTF-16 met ë en ø.\n"
    c1 = cp(text_c, "ë en ø")
    paragraphs = ["Alleen in Word.", "Tweede alinea hier."]
    d1 = cp("\n".join(paragraphs), "Tweede alinea")
    inline = "Korte notitie inline."
    i1 = cp(inline, "notitie")
    s_b, s_c, s_d, s_i = ("BBBBBBBB-0000-4000-8000-0000000000B%d" % k for k in range(1, 5))
    cases = (f'<Variables><Variable guid="EEEEEEEE-0000-4000-8000-000000000001" name="sector" typeOfVariable="Text"/>'
             f'<Variable guid="EEEEEEEE-0000-4000-8000-000000000002" name="leeftijd" typeOfVariable="Integer"/>'
             f'<Variable guid="EEEEEEEE-0000-4000-8000-000000000003" name="ervaring" typeOfVariable="Boolean"/></Variables>'
             f'<Cases><Case guid="FFFFFFFF-0000-4000-8000-000000000001" name="Prof1">'
             f'<VariableValue><VariableRef targetGUID="EEEEEEEE-0000-4000-8000-000000000001"/><TextValue>jeugdzorg</TextValue></VariableValue>'
             f'<VariableValue><VariableRef targetGUID="EEEEEEEE-0000-4000-8000-000000000002"/><IntegerValue>41</IntegerValue></VariableValue>'
             f'<VariableValue><VariableRef targetGUID="EEEEEEEE-0000-4000-8000-000000000003"/><BooleanValue>true</BooleanValue></VariableValue>'
             f'<SourceRef targetGUID="{s_b}"/><SourceRef targetGUID="{s_c}"/></Case>'
             f'<Case guid="FFFFFFFF-0000-4000-8000-000000000002" name="Stud2"><SourceRef targetGUID="{s_d}"/></Case></Cases>')
    notes = '<Notes><Note guid="99999999-0000-4000-8000-000000000001" name="memo"><PlainTextContent>Let op de toon.</PlainTextContent></Note></Notes>'
    xml = project(codebook_xml() + cases + "<Sources>"
                  + f'<TextSource guid="{s_b}" name="Prof1 interview" plainTextPath="internal://{s_b}.txt"><Description>Eerste gesprek</Description>'
                  + selection("CCCCCCCC-0000-4000-8000-0000000000B1", *b1, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000B1", U1,
                              extra='<Description>mooi fragment</Description>') + "</TextSource>"
                  + f'<TextSource guid="{s_c}" name="UTF-16 tekst" plainTextPath="internal://{s_c}.txt">'
                  + selection("CCCCCCCC-0000-4000-8000-0000000000B2", *c1, C_OTHER, "DDDDDDDD-0000-4000-8000-0000000000B2", U2) + "</TextSource>"
                  + f'<TextSource guid="{s_d}" name="Alleen docx" richTextPath="internal://{s_d}.docx">'
                  + selection("CCCCCCCC-0000-4000-8000-0000000000B3", *d1, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000B3", U1) + "</TextSource>"
                  + f'<TextSource guid="{s_i}" name="Inline"><PlainTextContent>{inline}</PlainTextContent>'
                  + selection("CCCCCCCC-0000-4000-8000-0000000000B4", *i1, C_OTHER, "DDDDDDDD-0000-4000-8000-0000000000B4", U1)
                  + '<NoteRef targetGUID="99999999-0000-4000-8000-000000000001"/></TextSource>'
                  + '<PDFSource guid="BBBBBBBB-0000-4000-8000-0000000000B9" name="Folder.pdf" path="internal://folder.pdf"/>'
                  + "</Sources>" + notes, ns="")
    write_zip(os.path.join(QUIRKS, "plain_mixed.qdpx"), [
        ("Gesprekken.qde", xml), (f"sources/{s_b}.txt", text_b.encode("utf-8")),
        (f"sources/{s_c}.txt", b"\xff\xfe" + text_c.encode("utf-16-le")), (f"sources/{s_d}.docx", docx_bytes(paragraphs))])
    made["plain_mixed.qdpx"] = {"paragraphs": paragraphs}

    # NVivo for Mac: a 1-byte placeholder .txt beside the .docx that holds the text.
    paragraphs = ["Dit staat alleen in Word 🙂.", "Tweede alinea."]
    p1 = u16("\n".join(paragraphs), "Tweede alinea")
    s_p = "BBBBBBBB-0000-4000-8000-0000000000C1"
    xml = project(codebook_xml() + f'<Sources><TextSource guid="{s_p}" name="Placeholder" plainTextPath="internal://{s_p}.txt" '
                  f'richTextPath="internal://{s_p}.docx">'
                  + selection("CCCCCCCC-0000-4000-8000-0000000000C1", *p1, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000C1", U1)
                  + "</TextSource></Sources>", origin="NVivo for Mac 15.0.0")
    write_zip(os.path.join(QUIRKS, "placeholder_docx.qdpx"), [
        ("project.qde", xml), (f"sources/{s_p}.txt", b"\n"), (f"sources/{s_p}.docx", docx_bytes(paragraphs))])
    make_bad_inputs(text_a)
    return made


def make_bad_inputs(text_a):
    src = "BBBBBBBB-0000-4000-8000-0000000000E1"

    def one_source(sel, files=True, extra_source=""):
        xml = project(codebook_xml() + f'<Sources><TextSource guid="{src}" name="Gesprek E" plainTextPath="internal://{src}.txt">'
                      + sel + "</TextSource>" + extra_source + "</Sources>")
        entries = [("project.qde", xml)]
        if files:
            entries.append((f"Sources/{src}.txt", text_a.encode("utf-8")))
        return entries

    n = len(text_a)
    good = selection("CCCCCCCC-0000-4000-8000-0000000000E0", 0, 5, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000E0", U1)
    write_zip(os.path.join(QUIRKS, "bad_out_of_range.qdpx"), one_source(
        good + selection("CCCCCCCC-0000-4000-8000-0000000000E1", n - 3, n + 4, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000E1", U1)))
    write_zip(os.path.join(QUIRKS, "bad_reversed.qdpx"), one_source(
        good + selection("CCCCCCCC-0000-4000-8000-0000000000E2", 9, 4, C_SUB, "DDDDDDDD-0000-4000-8000-0000000000E2", U1)))
    write_zip(os.path.join(QUIRKS, "bad_unknown_code.qdpx"), one_source(
        good + selection("CCCCCCCC-0000-4000-8000-0000000000E3", 1, 4, "AAAAAAAA-0000-4000-8000-0000000000FF", "DDDDDDDD-0000-4000-8000-0000000000E3", U1)))
    missing = '<TextSource guid="BBBBBBBB-0000-4000-8000-0000000000E9" name="Zoekgeraakt" plainTextPath="internal://weg.txt"/>'
    write_zip(os.path.join(QUIRKS, "bad_missing_source.qdpx"), one_source(good, extra_source=missing))
    write_zip(os.path.join(QUIRKS, "unbundled.qdpx"), one_source(good, files=False) + [("Sources/", b"")])
    latin = one_source(good)
    latin[1] = (latin[1][0], "Één café in Zürich, dat is wat.".encode("latin-1"))
    write_zip(os.path.join(QUIRKS, "bad_latin1.qdpx"), latin)
    # A zip bomb: 20 MiB of one byte deflates to about 20 KiB (ratio ~1000).
    bomb = one_source(good)
    bomb[1] = (bomb[1][0], b"a" * (20 << 20))
    write_zip(os.path.join(QUIRKS, "bomb_ratio.qdpx"), bomb)
    # A lying header: the text inflates to 4 KiB but the headers declare 100 bytes.
    lying = one_source(good)
    lying[1] = (lying[1][0], b"b" * 4096)
    path = os.path.join(QUIRKS, "bomb_lying_header.qdpx")
    write_zip(path, lying)
    patch_sizes(path, f"Sources/{src}.txt", 100)
    with open(os.path.join(QUIRKS, "not_refi.xml"), "wb") as f:
        f.write(b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>geen project</body></html>\n')
    with open(os.path.join(QUIRKS, "malformed.qde"), "wb") as f:
        f.write(f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="Kapot">\n  <Users>\n    <User guid="{U1}" name="Anna">\n  </Users>\n</Project>\n'.encode())
    with open(os.path.join(QUIRKS, "doctype.qde"), "wb") as f:
        f.write(f'<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">]>\n<Project xmlns="{NS}" name="&a;"/>\n'.encode())
    with open(os.path.join(QUIRKS, "empty.qdpx"), "wb") as f:
        pass


def patch_sizes(path, entry, size):
    """Overwrite the uncompressed size of `entry` in its local header and central directory."""
    data = bytearray(open(path, "rb").read())
    name = entry.encode()
    i = 0
    while True:
        i = data.find(name, i)
        if i < 0:
            break
        if data[i - 30: i - 26] == b"PK\x03\x04":
            data[i - 8: i - 4] = size.to_bytes(4, "little")
        elif data[i - 46: i - 42] == b"PK\x01\x02":
            data[i - 22: i - 18] = size.to_bytes(4, "little")
        i += 1
    open(path, "wb").write(bytes(data))


def xml_error_position(path):
    try:
        etree.parse(path)
    except etree.XMLSyntaxError as e:
        return {"line": e.position[0], "column": e.position[1], "message": str(e)}
    return None


def main():
    samples = [expect_file(os.path.join(SAMPLES, f)) for f in sorted(os.listdir(SAMPLES))]
    with open(os.path.join(HERE, "samples.json"), "w", encoding="utf-8") as f:
        json.dump(samples, f, ensure_ascii=False, indent=1, sort_keys=True)
    make_quirks()
    quirks = {}
    for name in ("nvivo_emoji.qdpx", "prefix_nested.qdpx", "plain_mixed.qdpx", "unbundled.qdpx", "placeholder_docx.qdpx",
                 "bad_out_of_range.qdpx", "bad_reversed.qdpx", "bad_unknown_code.qdpx", "bad_missing_source.qdpx", "bad_latin1.qdpx"):
        strict = expect_file(os.path.join(QUIRKS, name))
        lenient = expect_file(os.path.join(QUIRKS, name), lenient=True)
        quirks[name] = {"strict": strict, "lenient": lenient}
    quirks["malformed.qde"] = {"xmlError": xml_error_position(os.path.join(QUIRKS, "malformed.qde"))}
    with open(os.path.join(HERE, "quirks.json"), "w", encoding="utf-8") as f:
        json.dump(quirks, f, ensure_ascii=False, indent=1, sort_keys=True)
    for s in samples:
        print(s["file"], {k: s.get(k) for k in ("codes", "sourcesImported", "codingsImported", "users", "coders", "error")})


if __name__ == "__main__":
    main()
