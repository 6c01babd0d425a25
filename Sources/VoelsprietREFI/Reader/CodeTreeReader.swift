// Reads REFI `Codes/Code` (nested: a child element is a sub-code) into flat `Code`s with parent
// ids, shared by the project (.qde) and codebook (.qdc) readers. REFI has no deductive/inductive
// flag; codes are inductive unless a code `Set` named as deductive lists them — the way the
// writer marks them, which other tools show as an ordinary code set.
import Foundation
import VoelsprietQDA

enum CodeTreeReader {
    /// The codes depth-first (a parent before its children). Duplicate GUIDs get a derived id,
    /// with a warning.
    static func codes(in codes: XNode?, log: inout ImportLog) -> [Code] {
        guard let codes else { return [] }
        var out: [Code] = [], seen = Set<UUID>()
        for node in codes.children("Code") { visit(node, parent: nil, path: "", into: &out, seen: &seen, log: &log) }
        return out
    }

    private static func visit(
        _ node: XNode, parent: UUID?, path: String, into out: inout [Code], seen: inout Set<UUID>, log: inout ImportLog
    ) {
        let name = node.attribute("name") ?? ""
        let place = path.isEmpty ? name : path + " / " + name
        var id = log.guid(node, fallbackKey: "code:" + place)
        if !seen.insert(id).inserted {
            log.warn("\(log.file), line \(node.line): code \"\(place)\" repeats GUID \(id.uuidString); it gets a new one")
            id = REFIGUID.derived("refi-duplicate-code:\(id.uuidString):\(node.line)")
            seen.insert(id)
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            log.warn("\(log.file), line \(node.line): a code (\(id.uuidString)) has no name")
        }
        let code = Code(
            id: id, name: name, description: node.child("Description")?.nonBlankText,
            colour: colour(node.attribute("color"), code: place, log: &log), origin: .inductive, parentID: parent,
            isCodable: boolean(node.attribute("isCodable")) ?? true)
        out.append(code)
        for child in node.children("Code") { visit(child, parent: id, path: place, into: &out, seen: &seen, log: &log) }
    }

    /// "#RRGGBB" (upper case) from REFI's RGBType ("#RGB" or "#RRGGBB", any case); nil with a
    /// warning for anything else.
    static func colour(_ raw: String?, code: String, log: inout ImportLog) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        let hex = raw.hasPrefix("#") ? String(raw.dropFirst()) : ""
        guard hex.allSatisfy(\.isHexDigit), hex.count == 6 || hex.count == 3 else {
            log.warn("code \"\(code)\": colour \"\(raw)\" is not #RRGGBB or #RGB; left out")
            return nil
        }
        let six = hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : hex
        return "#" + six.uppercased()
    }

    /// xsd:boolean: "true"/"false"/"1"/"0".
    static func boolean(_ raw: String?) -> Bool? {
        switch raw?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    /// Names of code sets that mark deductive codes ("Deductive codes", "Deductieve codes").
    static func isDeductiveSetName(_ name: String) -> Bool {
        let n = name.lowercased()
        return n.contains("deductive") || n.contains("deductief") || n.contains("deductieve")
    }

    /// Marks as deductive the members of deductive code sets (`Sets/Set/MemberCode`).
    static func applyDeductiveSets(_ sets: XNode?, to codes: inout [Code], log: inout ImportLog) {
        guard let sets else { return }
        var members = Set<UUID>()
        for set in sets.children("Set") where isDeductiveSetName(set.attribute("name") ?? "") {
            for member in set.children("MemberCode") {
                // The Project schema names the member `targetGUID`, the Codebook schema `guid`.
                if let id = log.reference(member.attribute("targetGUID") ?? member.attribute("guid")) { members.insert(id) }
            }
        }
        for i in codes.indices where members.contains(codes[i].id) { codes[i].origin = .deductive }
    }
}
