// Variables and cases: each participant is a REFI `Case` named by its label, with a
// `VariableValue` per attribute and a `SourceRef` per source it belongs to. Participant types go
// into a line of the case description (`REFIConventions.participantTypesPrefix`).
import Foundation
import VoelsprietQDA

extension ProjectXMLWriter {
    static func variableID(_ name: String) -> UUID { REFIGUID.derived("voelspriet:variable:" + name) }
    static func caseID(_ label: String) -> UUID { REFIGUID.derived("voelspriet:case:" + label) }

    /// The project's variables, then (sorted by name, with a warning) attributes that no variable
    /// declares, typed by their first value.
    mutating func exportedVariables() -> [Variable] {
        var out = project.variables
        var known = Set(out.map(\.name))
        var undeclared: [String: VariableType] = [:]
        for participant in project.participants {
            for (name, value) in participant.attributes where !known.contains(name) && undeclared[name] == nil {
                undeclared[name] = value.type
            }
        }
        for name in undeclared.keys.sorted() {
            guard let type = undeclared[name] else { continue }
            xml.note("attribute \"\(name)\" has no declared variable; exported as a \(type.rawValue) variable")
            out.append(Variable(name: name, type: type))
            known.insert(name)
        }
        return out
    }

    mutating func writeVariables(_ variables: [Variable]) {
        guard !variables.isEmpty else { return }
        xml.open("Variables", context: "variables")
        for variable in variables {
            let place = "variable \"\(variable.name)\""
            let attributes: [(String, String?)] = [
                ("guid", ProjectXMLWriter.variableID(variable.name).uuidString), ("name", variable.name),
                ("typeOfVariable", variable.type.rawValue),
            ]
            if let description = variable.description {
                xml.open("Variable", attributes, context: place)
                xml.text("Description", description, context: place)
                xml.close("Variable")
            } else {
                xml.empty("Variable", attributes, context: place)
            }
        }
        xml.close("Variables")
    }

    mutating func writeCases(_ variables: [Variable]) {
        guard !project.participants.isEmpty else { return }
        let labels = Set(project.participants.map(\.label))
        for source in project.sources {
            for label in source.participantLabels where !labels.contains(label) {
                xml.note("source \"\(source.name)\" names participant \"\(label)\", who is not in the project; link not exported")
            }
        }
        xml.open("Cases", context: "cases")
        for participant in project.participants { writeCase(participant, variables: variables) }
        xml.close("Cases")
    }

    private mutating func writeCase(_ participant: Participant, variables: [Variable]) {
        let place = "participant \"\(participant.label)\""
        xml.open("Case", [("guid", ProjectXMLWriter.caseID(participant.label).uuidString), ("name", participant.label)], context: place)
        if !participant.types.isEmpty {
            let line = REFIConventions.participantTypesPrefix + participant.types.map(\.rawValue).joined(separator: ", ")
            xml.text("Description", line, context: place)
        }
        for variable in variables {
            guard let value = participant.attributes[variable.name] else { continue }
            writeValue(value, of: variable, place: place)
        }
        for source in project.sources where source.participantLabels.contains(participant.label) {
            xml.empty("SourceRef", [("targetGUID", source.id.uuidString)], context: place)
        }
        xml.close("Case")
    }

    private mutating func writeValue(_ value: VariableValue, of variable: Variable, place: String) {
        let context = "\(place), \"\(variable.name)\""
        guard value.type == variable.type else {
            xml.note("\(context): a \(value.type.rawValue) value for a \(variable.type.rawValue) variable; not exported")
            return
        }
        guard let (element, text) = ProjectXMLWriter.lexical(value) else {
            xml.note("\(context): \"\(value)\" has no xsd:\(value.type.rawValue.lowercased()) form; not exported")
            return
        }
        xml.open("VariableValue", context: context)
        xml.empty("VariableRef", [("targetGUID", ProjectXMLWriter.variableID(variable.name).uuidString)], context: context)
        xml.text(element, text, context: context)
        xml.close("VariableValue")
    }

    /// The value element and its XML Schema lexical form; nil when there is none (NaN, a date
    /// that is not ISO 8601).
    static func lexical(_ value: VariableValue) -> (String, String)? {
        switch value {
        case .text(let s): ("TextValue", s)
        case .boolean(let b): ("BooleanValue", b ? "true" : "false")
        case .integer(let i): ("IntegerValue", String(i))
        case .float(let d): XSDText.decimal(d).map { ("FloatValue", $0) }
        case .date(let s): XSDText.isDate(s) ? ("DateValue", s) : nil
        case .dateTime(let s): XSDText.isDateTime(s) ? ("DateTimeValue", s) : nil
        }
    }
}
