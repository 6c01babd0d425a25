import Foundation

extension AnswerSet {
    /// The stored JSON form (the same shape as an API body), keys sorted by their UTF-8 bytes.
    ///
    /// Written by hand into a byte buffer rather than with `JSONEncoder`: this runs once per
    /// submission on the intake path, and the shape is only strings and arrays of strings.
    public func jsonString() throws -> String {
        // Entries sorted by key, specify texts ("item.option") after their item, without
        // building the `rawAnswers` dictionary first. Byte order, not String's Unicode order:
        // the same for these ASCII ids, and much cheaper.
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
        entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(32 * entries.count + 64)
        out.append(UInt8(ascii: "{"))
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendJSONString(entry.key, to: &out)
            out.append(UInt8(ascii: ":"))
            switch entry.value {
            case .string(let string): Self.appendJSONString(string, to: &out)
            case .list(let strings):
                out.append(UInt8(ascii: "["))
                for (position, string) in strings.enumerated() {
                    if position > 0 { out.append(UInt8(ascii: ",")) }
                    Self.appendJSONString(string, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `string` as a JSON string literal (RFC 8259 escaping; U+2028 and U+2029 escaped
    /// too, so the output is also safe inside JavaScript).
    public static func appendJSONString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let utf8 = string.utf8
        // Most answers are codes and plain text: copy them whole when nothing needs escaping.
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case "\\": out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case "\n": out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case "\r": out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case "\t": out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case let s where s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029:
                let v = Int(s.value)
                out.append(contentsOf: [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), hex[v >> 12 & 0xF], hex[v >> 8 & 0xF], hex[v >> 4 & 0xF], hex[v & 0xF],
                ])
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
