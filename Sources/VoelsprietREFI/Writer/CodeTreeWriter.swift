// Writes a codebook as nested REFI `Code` elements (shared by .qde and .qdc), and the code set
// that marks deductive codes. Refuses codebooks that cannot be nested: duplicate ids, cycles.
import Foundation
import VoelsprietQDA

enum CodeTreeWriter {
    /// Codes nested deeper than this are refused (readers, ours included, cap XML nesting).
    static let maxCodeDepth = 200

    /// Problems that make a codebook impossible to write as a tree.
    static func blockingProblems(_ codebook: Codebook) -> [String] {
        var out: [String] = codebook.problems().compactMap { problem in
            switch problem {
            case .duplicateID, .cycle: problem.description
            default: nil
            }
        }
        if out.isEmpty, let deepest = codebook.outline().max(by: { $0.depth < $1.depth }), deepest.depth >= maxCodeDepth {
            out.append("code \"\(deepest.code.name)\" is nested \(deepest.depth) levels deep, more than \(maxCodeDepth)")
        }
        return out
    }

    /// `<Codes>` with every code nested under its parent (a code whose parent is unknown is
    /// written at the top, with a warning).
    static func writeCodes(_ codebook: Codebook, into xml: inout XMLBuilder) {
        let known = Set(codebook.codes.map(\.id))
        xml.open("Codes", context: "codebook")
        for code in codebook.codes where code.parentID.map({ !known.contains($0) }) ?? true {
            if code.parentID != nil {
                xml.note("code \"\(code.name)\": its parent is not in the codebook; written as a top-level code")
            }
            write(code, codebook, into: &xml)
        }
        xml.close("Codes")
    }

    private static func write(_ code: Code, _ codebook: Codebook, into xml: inout XMLBuilder) {
        let place = "code \"\(code.name)\""
        var colour: String? = nil
        if let c = code.colour {
            if Codebook.isColour(c) { colour = c.uppercased() } else { xml.note("\(place): colour \"\(c)\" is not #RRGGBB; left out") }
        }
        let attributes: [(String, String?)] = [
            ("guid", code.id.uuidString), ("name", code.name), ("isCodable", code.isCodable ? "true" : "false"), ("color", colour),
        ]
        let children = codebook.children(of: code.id)
        guard code.description != nil || !children.isEmpty else {
            xml.empty("Code", attributes, context: place)
            return
        }
        xml.open("Code", attributes, context: place)
        if let description = code.description { xml.text("Description", description, context: place + " description") }
        for child in children { write(child, codebook, into: &xml) }
        xml.close("Code")
    }

    /// `<Sets>` with the deductive code set, or nothing when no code is deductive. The member
    /// attribute differs: `guid` in the Codebook schema, `targetGUID` in the Project schema.
    static func writeDeductiveSet(_ codebook: Codebook, memberAttribute: String, into xml: inout XMLBuilder) {
        let deductive = codebook.codes.filter { $0.origin == .deductive }
        guard !deductive.isEmpty else { return }
        xml.open("Sets", context: "sets")
        xml.open("Set", [("guid", REFIGUID.derived("voelspriet:deductive-set").uuidString), ("name", REFIConventions.deductiveSetName)], context: "set")
        xml.text("Description", "Codes set up in advance from the topic list (deductive); all other codes came from the data.", context: "set")
        for code in deductive { xml.empty("MemberCode", [(memberAttribute, code.id.uuidString)], context: "set") }
        xml.close("Set")
        xml.close("Sets")
    }
}
