// What makes a project impossible to export faithfully. The writer refuses such a project
// instead of writing a file that other tools (or our own reader) would read differently.
import Foundation
import VoelsprietQDA

enum ExportCheck {
    static func problems(_ project: QDAProject) -> [String] {
        var out = CodeTreeWriter.blockingProblems(project.codebook)
        out += duplicates(project.sources.map(\.id), "source")
        out += duplicates(project.coders.map(\.id), "coder")
        out += duplicates(project.codings.map(\.id), "coding")
        var labels = Set<String>()
        for p in project.participants where !labels.insert(p.label).inserted { out.append("two participants are labelled \"\(p.label)\"") }
        for s in project.sources where s.text.unicodeScalars.first == "\u{FEFF}" {
            out.append("source \"\(s.name)\" starts with a byte-order mark (U+FEFF); store its text normalised")
        }
        out += codingProblems(project)
        return out
    }

    private static func codingProblems(_ project: QDAProject) -> [String] {
        var lengths: [UUID: (name: String, length: Int)] = [:]
        for s in project.sources { lengths[s.id] = (s.name, s.text.unicodeScalars.count) }
        let codes = Set(project.codebook.codes.map(\.id)), coders = Set(project.coders.map(\.id))
        var out: [String] = []
        for c in project.codings {
            guard let source = lengths[c.sourceID] else {
                out.append("coding \(c.id.uuidString) points at unknown source \(c.sourceID.uuidString)")
                continue
            }
            if !c.range.isValid(inTextOfLength: source.length) {
                out.append("coding \(c.id.uuidString) in \"\(source.name)\": \(c.range) lies outside the text (0–\(source.length)) or is empty")
            }
            if !codes.contains(c.codeID) { out.append("coding \(c.id.uuidString) in \"\(source.name)\" names unknown code \(c.codeID.uuidString)") }
            if !coders.contains(c.coderID) { out.append("coding \(c.id.uuidString) in \"\(source.name)\" names unknown coder \(c.coderID.uuidString)") }
        }
        return out
    }

    private static func duplicates(_ ids: [UUID], _ what: String) -> [String] {
        var seen = Set<UUID>(), out: [String] = []
        for id in ids where !seen.insert(id).inserted { out.append("two \(what)s have the id \(id.uuidString)") }
        return out
    }
}
