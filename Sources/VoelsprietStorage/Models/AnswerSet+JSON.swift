import Foundation
import VoelsprietDomain

extension AnswerSet {
    /// The stored JSON form (the same shape as an API body), keys sorted.
    ///
    /// Written by hand rather than with `JSONEncoder`: this runs once per submission on the
    /// intake path, and the shape is only strings and arrays of strings.
    public func jsonString() throws -> String {
        // Entries sorted by key, specify texts ("item.option") after their item, as
        // `rawAnswers` would give them, without building that dictionary first.
        var entries: [(key: String, value: RawValue)] = []
        entries.reserveCapacity(answers.count + 4)
        for (id, answer) in answers {
            switch answer.value {
            case .code(let code): entries.append((id, .string(code)))
            case .codes(let codes): entries.append((id, .list(codes)))
            case .text(let text): entries.append((id, .string(text)))
            }
            for (option, text) in answer.specified { entries.append(("\(id).\(option)", .string(text))) }
        }
        entries.sort { $0.key < $1.key }
        var out = "{"
        out.reserveCapacity(64 * entries.count)
        for (index, entry) in entries.enumerated() {
            if index > 0 { out += "," }
            Self.appendJSONString(entry.key, to: &out)
            out += ":"
            switch entry.value {
            case .string(let string): Self.appendJSONString(string, to: &out)
            case .list(let strings):
                out += "["
                for (position, string) in strings.enumerated() {
                    if position > 0 { out += "," }
                    Self.appendJSONString(string, to: &out)
                }
                out += "]"
            }
        }
        return out + "}"
    }

    /// Appends `string` as a JSON string literal (RFC 8259 escaping).
    static func appendJSONString(_ string: String, to out: inout String) {
        out += "\""
        // Most answers are codes and plain text: copy them whole when nothing needs escaping.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out += string
            out += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029:
                out += String(format: "\\u%04x", s.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Reads answers stored by `jsonString()`, trusting their shape against `instrument`.
    public static func fromStoredJSON(_ json: String, instrument: Instrument) throws -> AnswerSet {
        let raw = try JSONDecoder().decode(RawAnswers.self, from: Data(json.utf8))
        // Stored answers were validated on the way in; discard rather than fail on anything an
        // instrument edit may have made inapplicable, so an export never breaks.
        return ResponseValidator(instrument: instrument).validate(raw, hidden: .discard, scope: []).answers
    }
}
