// `Cases/Case` → participants: the case name is the label, `VariableValue`s are the attributes,
// `SourceRef`s link the participant to sources. Participant types have no REFI element; the
// writer keeps them in a line of the case description (see `REFIConventions`).
import Foundation
import VoelsprietQDA

extension ProjectBuilder {
    mutating func readCases() throws(REFIError) {
        var labels = Set<String>()
        for node in root.child("Cases")?.children("Case") ?? [] {
            let id = log.guid(node, fallbackKey: "case:\(node.line)")
            var label = node.attribute("name").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? id.uuidString
            if !labels.insert(label).inserted {
                var n = 2
                while labels.contains("\(label) (\(n))") { n += 1 }
                log.warn("two cases are named \"\(label)\"; the one at line \(node.line) becomes \"\(label) (\(n))\"")
                label = "\(label) (\(n))"
                labels.insert(label)
            }
            let types = REFIConventions.participantTypes(inDescription: node.child("Description")?.text)
            participants.append(Participant(label: label, types: types, attributes: attributes(of: node, caseLabel: label)))
            linkSources(of: node, to: label)
        }
        stats.cases = participants.count
    }

    private mutating func attributes(of node: XNode, caseLabel: String) -> [String: VariableValue] {
        var out: [String: VariableValue] = [:]
        for value in node.children("VariableValue") {
            guard let ref = log.reference(value.child("VariableRef")?.attribute("targetGUID")), let variable = variablesByID[ref] else {
                log.warn("case \"\(caseLabel)\", line \(value.line): a value names no declared variable; skipped")
                continue
            }
            guard let parsed = variableValue(value, as: variable.type) else {
                log.warn("case \"\(caseLabel)\": the value of \"\(variable.name)\" is not a \(variable.type.rawValue); skipped")
                continue
            }
            out[variable.name] = parsed
        }
        return out
    }

    /// The value in whichever `…Value` element is there, as the variable's type.
    private func variableValue(_ node: XNode, as type: VariableType) -> VariableValue? {
        let elements = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"]
        guard let element = elements.lazy.compactMap({ node.child($0) }).first else { return nil }
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .text: return .text(element.text)
        case .boolean: return CodeTreeReader.boolean(text).map { .boolean($0) }
        case .integer: return Int(text).map { .integer($0) }
        case .float: return Double(text).flatMap { $0.isFinite ? .float($0) : nil }
        case .date: return XSDText.isDate(text) ? .date(text) : nil
        case .dateTime: return XSDText.isDateTime(text) ? .dateTime(text) : nil
        }
    }

    private mutating func linkSources(of node: XNode, to label: String) {
        for ref in node.children("SourceRef") {
            guard let id = log.reference(ref.attribute("targetGUID")), let index = sources.firstIndex(where: { $0.id == id }) else {
                log.warn("case \"\(label)\": SourceRef \(ref.attribute("targetGUID") ?? "") names no imported source; link skipped")
                continue
            }
            if !sources[index].participantLabels.contains(label) { sources[index].participantLabels.append(label) }
        }
    }
}

/// How Voelspriet carries, in standard REFI elements, what REFI has no element for.
public enum REFIConventions {
    /// A case description line listing the participant's types:
    /// "Voelspriet participant types: professional, expert_by_experience".
    public static let participantTypesPrefix = "Voelspriet participant types: "
    /// The name of the code set whose members are deductive codes (from the topic list). On
    /// import any set whose name contains "deductive" / "deductief" counts.
    public static let deductiveSetName = "Deductive codes (Voelspriet)"

    static func participantTypes(inDescription description: String?) -> [ParticipantType] {
        guard let description else { return [] }
        for line in description.split(whereSeparator: \.isNewline) where line.hasPrefix(participantTypesPrefix) {
            return line.dropFirst(participantTypesPrefix.count).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { ParticipantType(rawValue: $0) }
        }
        return []
    }
}
