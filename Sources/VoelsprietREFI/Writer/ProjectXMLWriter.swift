// The project.qde of an export, in the element order of Project-mrt2019.xsd: Users, CodeBook,
// Variables, Cases, Sources, Sets. Positions are code points over the stored text, which is
// written as the source's .txt byte for byte (UTF-8, LF, no BOM), so they need no conversion.
// Deterministic: model order for codes, sources, coders and participants (it is the display
// order), codings sorted by position, attribute values sorted by variable, fixed GUIDs derived
// from names for what the model identifies by name. Speaker turns have no REFI element and are
// not exported (they follow from the text again); memos travel as `Description`s.
import Foundation
import VoelsprietQDA

struct ProjectXMLWriter {
    static let namespace = "urn:QDA-XML:project:1.0"
    let project: QDAProject
    let origin: String
    var xml = XMLBuilder()

    /// The path of a source's text inside the package.
    static func textPath(of source: Source) -> String { "Sources/\(source.id.uuidString).txt" }

    static func selectionID(of coding: Coding) -> UUID { REFIGUID.derived("voelspriet:selection:" + coding.id.uuidString) }

    mutating func write() -> (xml: String, warnings: [String]) {
        xml.open("Project", [("xmlns", ProjectXMLWriter.namespace), ("name", project.name), ("origin", origin)], context: "project")
        writeUsers()
        if !project.codebook.codes.isEmpty {
            xml.open("CodeBook", context: "codebook")
            CodeTreeWriter.writeCodes(project.codebook, into: &xml)
            xml.close("CodeBook")
        }
        let variables = exportedVariables()
        writeVariables(variables)
        writeCases(variables)
        writeSources()
        CodeTreeWriter.writeDeductiveSet(project.codebook, memberAttribute: "targetGUID", into: &xml)
        xml.close("Project")
        return (xml.output, xml.warnings)
    }

    private mutating func writeUsers() {
        guard !project.coders.isEmpty else { return }
        xml.open("Users", context: "users")
        for coder in project.coders {
            xml.empty("User", [("guid", coder.id.uuidString), ("name", coder.name)], context: "coder \"\(coder.name)\"")
        }
        xml.close("Users")
    }

    private mutating func writeSources() {
        guard !project.sources.isEmpty else { return }
        var bySource: [UUID: [Coding]] = [:]
        for coding in project.codings { bySource[coding.sourceID, default: []].append(coding) }
        xml.open("Sources", context: "sources")
        for source in project.sources {
            let codings = (bySource[source.id] ?? []).sorted { a, b in
                a.range != b.range ? a.range < b.range : a.id.uuidString < b.id.uuidString
            }
            writeSource(source, codings: codings)
        }
        xml.close("Sources")
    }

    private mutating func writeSource(_ source: Source, codings: [Coding]) {
        let place = "source \"\(source.name)\""
        let attributes: [(String, String?)] = [
            ("guid", source.id.uuidString), ("name", source.name), ("plainTextPath", "internal://\(source.id.uuidString).txt"),
        ]
        guard source.memo != nil || !codings.isEmpty else {
            xml.empty("TextSource", attributes, context: place)
            return
        }
        xml.open("TextSource", attributes, context: place)
        if let memo = source.memo { xml.text("Description", memo, context: place + " memo") }
        let index = PositionIndex(source.text)
        for coding in codings { writeSelection(coding, index: index, place: place) }
        xml.close("TextSource")
    }

    /// One `PlainTextSelection` per coding; its name is the start of the selected text, as
    /// ATLAS.ti writes it, so that other tools (and people) can check the positions.
    private mutating func writeSelection(_ coding: Coding, index: PositionIndex, place: String) {
        let selectionPlace = place + ", coding \(coding.id.uuidString)"
        xml.open("PlainTextSelection", [
            ("guid", ProjectXMLWriter.selectionID(of: coding).uuidString), ("name", excerpt(index.substring(coding.range))),
            ("startPosition", String(coding.range.start)), ("endPosition", String(coding.range.end)),
            ("creatingUser", coding.coderID.uuidString),
        ], context: selectionPlace)
        if let memo = coding.memo { xml.text("Description", memo, context: selectionPlace + " memo") }
        xml.open("Coding", [("guid", coding.id.uuidString), ("creatingUser", coding.coderID.uuidString)], context: selectionPlace)
        xml.empty("CodeRef", [("targetGUID", coding.codeID.uuidString)], context: selectionPlace)
        xml.close("Coding")
        xml.close("PlainTextSelection")
    }

    /// The first 100 characters, white space collapsed, characters XML cannot hold left out.
    private func excerpt(_ text: String) -> String {
        var out = String.UnicodeScalarView(), lastWasSpace = false, count = 0
        for scalar in text.unicodeScalars where XMLBuilder.isXMLChar(scalar) {
            let space = scalar.properties.isWhitespace
            if space && lastWasSpace { continue }
            out.append(space ? " " : scalar)
            lastWasSpace = space
            count += 1
            if count == 100 { break }
        }
        return String(out)
    }
}
