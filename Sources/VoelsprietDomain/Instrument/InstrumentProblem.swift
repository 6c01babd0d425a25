/// One problem found in an instrument, with where it is — named by ids, as the researcher
/// knows the questionnaire ("item 'role' › option 'x'"), not by array positions — and its
/// message in Dutch and English. Syntax errors also carry the line and column of the file.
public struct InstrumentProblem: Sendable, Hashable, CustomStringConvertible {
    /// The part of the instrument a problem belongs to.
    public enum Place: Sendable, Hashable {
        /// The file as a whole (syntax), or the instrument's own fields.
        case instrument
        case scale(String)
        case section(String)
        case item(String)
    }

    public var place: Place
    /// The field within the place, such as `showIf`, `options` or `option 'x'`; nil for the place itself.
    public var field: String?
    public var english: String
    public var dutch: String
    /// A path into the file as a machine reads it (`$.sections[2].items[3].showIf`), for tools.
    public var path: String
    /// 1-based line and column in the file, when known (syntax errors; YAML files).
    public var line: Int?
    public var column: Int?

    public init(
        place: Place, field: String? = nil, english: String, dutch: String, path: String = "$", line: Int? = nil,
        column: Int? = nil
    ) {
        self.place = place
        self.field = field
        self.english = english
        self.dutch = dutch
        self.path = path
        self.line = line
        self.column = column
    }

    /// The item, section or scale id the problem names, if any.
    public var id: String? {
        switch place {
        case .instrument: nil
        case .scale(let id), .section(let id), .item(let id): id
        }
    }

    /// Where, in English (the CLI's language).
    public var location: String { location(in: "en") }
    /// What, in English.
    public var message: String { english }

    /// Where, in `language` (`nl` or `en`): "item 'role' › showIf", "line 3, column 7".
    public func location(in language: String) -> String {
        let english = language == "en"
        var parts: [String] = []
        switch place {
        case .instrument: if field == nil && line == nil { parts.append(english ? "questionnaire" : "vragenlijst") }
        case .scale(let id): parts.append(english ? "scale '\(id)'" : "schaal '\(id)'")
        case .section(let id): parts.append(english ? "section '\(id)'" : "onderdeel '\(id)'")
        case .item(let id): parts.append(english ? "item '\(id)'" : "vraag '\(id)'")
        }
        if let field { parts.append(field) }
        var text = parts.joined(separator: " › ")
        if let line {
            let position = english ? "line \(line)" : "regel \(line)"
            let full = column.map { "\(position), \(english ? "column" : "kolom") \($0)" } ?? position
            text = text.isEmpty ? full : "\(text) (\(full))"
        }
        return text
    }

    /// What, in `language`.
    public func message(in language: String) -> String { language == "en" ? english : dutch }

    public var description: String { "\(location): \(message)" }
}
