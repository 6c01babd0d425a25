import Foundation
import Yams

/// The parsed shape of an instrument file before decoding, kept to say where a decoding error
/// is in the researcher's terms: the id of the section, item or option at a coding path, and
/// for YAML the line and column of the node.
indirect enum InstrumentSource {
    case object([String: InstrumentSource], Mark?)
    case array([InstrumentSource], Mark?)
    case scalar(String, Mark?)

    struct Mark {
        let line: Int
        let column: Int
    }

    var mark: Mark? {
        switch self {
        case .object(_, let mark), .array(_, let mark), .scalar(_, let mark): mark
        }
    }

    subscript(key: String) -> InstrumentSource? {
        if case .object(let fields, _) = self { return fields[key] }
        return nil
    }

    subscript(index: Int) -> InstrumentSource? {
        if case .array(let elements, _) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    var string: String? {
        if case .scalar(let text, _) = self { return text }
        return nil
    }

    /// From a JSON object tree (`JSONSerialization`); no positions.
    init(json value: Any) {
        if let dictionary = value as? [String: Any] {
            self = .object(dictionary.mapValues(InstrumentSource.init(json:)), nil)
        } else if let array = value as? [Any] {
            self = .array(array.map(InstrumentSource.init(json:)), nil)
        } else {
            self = .scalar("\(value)", nil)
        }
    }

    /// From a YAML node, with 1-based positions.
    init(yaml node: Node) {
        let mark = node.mark.map { Mark(line: $0.line, column: $0.column) }
        switch node {
        case .mapping(let mapping):
            var fields: [String: InstrumentSource] = [:]
            for (key, value) in mapping { fields[key.string ?? ""] = InstrumentSource(yaml: value) }
            self = .object(fields, mark)
        case .sequence(let sequence):
            self = .array(sequence.map(InstrumentSource.init(yaml:)), mark)
        case .scalar(let scalar):
            self = .scalar(scalar.string, mark)
        case .alias:
            self = .scalar("", mark)
        }
    }

    /// The place and field a coding path points at, and the node's position when known.
    func locate(_ codingPath: [any CodingKey]) -> (place: InstrumentProblem.Place, field: String?, mark: Mark?) {
        var place = InstrumentProblem.Place.instrument
        var fields: [String] = []
        var node: InstrumentSource? = self
        var lastMark = node?.mark
        var index = 0
        let keys = codingPath
        func id(of element: InstrumentSource?, key: String = "id") -> String? { element?[key]?.string }
        while index < keys.count {
            let key = keys[index]
            let next = index + 1 < keys.count ? keys[index + 1] : nil
            if ["sections", "items"].contains(key.stringValue), let position = next?.intValue {
                let element = node?[key.stringValue]?[position]
                let isSection = key.stringValue == "sections"
                if let found = id(of: element) {
                    place = isSection ? .section(found) : .item(found)
                    fields = []
                } else {
                    fields.append("\(isSection ? "sections" : "items")[\(position + 1)]")
                }
                node = element
                index += 2
            } else if key.stringValue == "scales", let name = next?.stringValue, next?.intValue == nil {
                place = .scale(name)
                fields = []
                node = node?["scales"]?[name]
                index += 2
            } else if ["options", "points"].contains(key.stringValue), let position = next?.intValue {
                let element = node?[key.stringValue]?[position]
                fields.append(id(of: element, key: "code").map { "option '\($0)'" } ?? "option \(position + 1)")
                node = element
                index += 2
            } else if let position = key.intValue {
                fields.append("[\(position + 1)]")
                node = node?[position]
                index += 1
            } else {
                fields.append(key.stringValue)
                node = node?[key.stringValue]
                index += 1
            }
            if let mark = node?.mark { lastMark = mark }
        }
        return (place, fields.isEmpty ? nil : fields.joined(separator: " › "), lastMark)
    }
}
