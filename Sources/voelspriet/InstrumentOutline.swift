import VoelsprietDomain

/// A readable text outline of an instrument: sections, items, options and branching.
enum InstrumentOutline {
    static func render(_ instrument: Instrument, language: String) -> String {
        var out = "\(instrument.title.text(in: language)) [\(instrument.id)]\n"
        for section in instrument.sections {
            out += "\n## \(section.title.text(in: language)) [\(section.id)]"
            if let condition = section.showIf { out += "  (only when \(describe(condition)))" }
            out += "\n"
            if let description = section.description { out += "   \(description.text(in: language))\n" }
            for item in section.items {
                var line = "- \(item.id) (\(item.type.rawValue)\(item.scale.map { ": \($0)" } ?? "")\(item.required ? ", required" : ""))"
                if let condition = item.showIf { line += " only when \(describe(condition))" }
                if let reference = item.reference { line += " ↔ \(reference)" }
                out += line + "\n  \(item.text.text(in: language))\n"
                if item.type == .single || item.type == .multiple {
                    for option in instrument.options(of: item) {
                        out += "    [\(option.code)] \(option.label.text(in: language))\(option.specify ? " …" : "")\n"
                    }
                }
            }
        }
        out += "\nScales:\n"
        for (name, scale) in instrument.scales.sorted(by: { $0.key < $1.key }) {
            out += "  \(name): " + scale.points.map { "\($0.code)=\($0.label.text(in: language))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .equals(let item, let value): return "\(item) = \(value)"
        case .notEquals(let item, let value): return "\(item) ≠ \(value)"
        case .isIn(let item, let values): return "\(item) in {\(values.joined(separator: ", "))}"
        case .notIn(let item, let values): return "\(item) not in {\(values.joined(separator: ", "))}"
        case .all(let parts): return parts.map(describe).joined(separator: " and ")
        case .any(let parts): return "(" + parts.map(describe).joined(separator: " or ") + ")"
        case .not(let inner): return "not (\(describe(inner)))"
        }
    }
}
