// Decoding of HTML/XML character references that database exports leave in titles
// ("&amp;", "&eacute;", "&#233;", "&#xE9;", "&alpha;").

enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "-",
        "mdash": "-", "hyphen": "-", "minus": "-", "rsquo": "'", "lsquo": "'", "rdquo": "\"",
        "ldquo": "\"", "hellip": "...", "szlig": "ss", "aelig": "ae", "AElig": "AE", "oelig": "oe",
        "oslash": "o", "Oslash": "O", "eth": "d", "thorn": "th", "micro": "mu", "times": "x",
        "plusmn": "+-", "deg": " degrees ", "middot": " ", "bull": " ", "trade": " ", "reg": " ",
        "copy": " ",
    ]
    /// Suffixes of accented-letter entities: `&eacute;` → "e", `&Ouml;` → "O".
    private static let accentSuffixes = ["acute", "grave", "uml", "circ", "tilde", "cedil", "ring", "caron", "slash", "macr"]

    /// `text` with every recognised character reference replaced; unknown ones are kept as written.
    static func decode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";"),
               let replacement = resolve(text[text.index(after: index)..<semicolon]) {
                out += replacement
                index = text.index(after: semicolon)
                continue
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }

    private static func resolve(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        let key = String(name)
        if let known = named[key] { return known }
        for suffix in accentSuffixes where key.hasSuffix(suffix) && key.count == suffix.count + 1 {
            return String(key.prefix(1))
        }
        // Greek letters by name (`&alpha;`, `&Beta;`) read as their names.
        if TextFolding.greek.values.contains(key.lowercased()) { return " \(key.lowercased()) " }
        return nil
    }
}
