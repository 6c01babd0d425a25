"""Writes the generated corpus as a REFI-QDA project (.qdpx) and validates its project.qde.

REFI-QDA Project exchange 1.0 (schema Project-mrt2019.xsd, namespace urn:QDA-XML:project:1.0):
a .qdpx is a zip with `project.qde` (the XML) and the source files under `Sources/`. A
TextSource points at its plain text with `plainTextPath="internal://<guid>.txt"`, which means
`Sources/<guid>.txt` inside the zip. PlainTextSelection `startPosition`/`endPosition` count
Unicode characters (code points) of that text, half-open; each selection here carries one
Coding with a CodeRef to a code of the CodeBook. Codes nest: "Bench/Doel" is the code "Doel"
inside the (also codable) code "Bench".
"""
import os
import subprocess
import sys
import zipfile
from xml.sax.saxutils import quoteattr

NAMESPACE = "urn:QDA-XML:project:1.0"
CREATED = "2026-01-01T09:00:00Z"


def _code_xml(node, children, out, indent):
    """node: dict with guid, name, color; children: path -> [child nodes]."""
    pad = "  " * indent
    kids = children.get(node["path"], [])
    attrs = (f'guid="{node["guid"]}" name={quoteattr(node["name"])} isCodable="true" '
             f'color="{node["color"]}"')
    if not kids:
        out.append(f"{pad}<Code {attrs}/>")
        return
    out.append(f"{pad}<Code {attrs}>")
    for kid in kids:
        _code_xml(kid, children, out, indent + 1)
    out.append(f"{pad}</Code>")


def project_xml(plan):
    """The project.qde text for a plan made by generate.py."""
    coder = plan["coder"]["guid"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<Project xmlns="{NAMESPACE}" name="Voelspriet QDA benchmark" '
           f'origin="voelspriet bench/qda/generate.py" creatingUserGUID="{coder}" '
           f'creationDateTime="{CREATED}">',
           "  <Users>",
           f'    <User guid="{coder}" name={quoteattr(plan["coder"]["name"])}/>',
           "  </Users>",
           "  <CodeBook>",
           "    <Codes>"]
    children = {}
    for code in plan["codes"]:
        children.setdefault(code["parent_path"], []).append(code)
    for root in children.get(None, []):
        _code_xml(root, children, out, 3)
    out += ["    </Codes>", "  </CodeBook>", "  <Sources>"]
    code_guid = {c["path"]: c["guid"] for c in plan["codes"]}
    by_source = {}
    for coding in plan["codings"]:
        by_source.setdefault(coding["source"], []).append(coding)
    for source in plan["sources"]:
        out.append(f'    <TextSource guid="{source["guid"]}" name={quoteattr(source["name"])} '
                   f'plainTextPath="internal://{source["guid"]}.txt" creatingUser="{coder}" '
                   f'creationDateTime="{CREATED}">')
        for coding in sorted(by_source.get(source["file"], []), key=lambda c: (c["start"], c["end"])):
            out.append(f'      <PlainTextSelection guid="{coding["selection_guid"]}" '
                       f'startPosition="{coding["start"]}" endPosition="{coding["end"]}" '
                       f'creatingUser="{coder}" creationDateTime="{CREATED}">')
            out.append(f'        <Coding guid="{coding["coding_guid"]}" creatingUser="{coder}" '
                       f'creationDateTime="{CREATED}">')
            out.append(f'          <CodeRef targetGUID="{code_guid[coding["code"]]}"/>')
            out.append("        </Coding>")
            out.append("      </PlainTextSelection>")
        out.append("    </TextSource>")
    out += ["  </Sources>", "</Project>", ""]
    return "\n".join(out)


def validate(qde_path, schema):
    """Runs xmllint against the REFI-QDA project schema; exits with its message if invalid."""
    try:
        result = subprocess.run(["xmllint", "--noout", "--schema", schema, qde_path],
                                capture_output=True, text=True)
    except FileNotFoundError:
        sys.exit("xmllint not found: apt-get install -y libxml2-utils")
    if result.returncode != 0:
        sys.exit(f"{qde_path} does not validate against {schema}:\n{result.stderr[-3000:]}")
    print(f"{os.path.basename(qde_path)}: valid against {os.path.basename(schema)}", file=sys.stderr)


def _add(z, path, name):
    """Adds a file with a fixed time stamp, so that the same corpus gives the same zip bytes."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 9, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with open(path, "rb") as fp:
        z.writestr(info, fp.read(), compresslevel=6)


def write_qdpx(out_dir, plan, schema):
    """Writes out_dir/project.qde (validated) and out_dir/corpus.qdpx; returns the .qdpx path."""
    qde_path = os.path.join(out_dir, "project.qde")
    with open(qde_path, "w", encoding="utf-8") as fp:
        fp.write(project_xml(plan))
    validate(qde_path, schema)
    qdpx_path = os.path.join(out_dir, "corpus.qdpx")
    tmp = qdpx_path + ".part"
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        _add(z, qde_path, "project.qde")
        for source in plan["sources"]:
            _add(z, os.path.join(out_dir, source["file"]), f'Sources/{source["guid"]}.txt')
    os.replace(tmp, qdpx_path)
    return qdpx_path
