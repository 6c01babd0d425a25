import Foundation

// Small helpers for writing SVG by hand: XML escaping and a word wrapper that estimates text
// width from the character count (no font metrics are available in a pure target).

enum SVGText {
    /// Escapes the five XML special characters, for text content and attribute values alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Control characters are not allowed in XML 1.0 (tab, line feed and return are).
            case _ where character.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }: break
            default: out.append(character)
            }
        }
        return out
    }

    /// Average advance of a character in a sans-serif font, as a share of the font size.
    /// Measured on rsvg-convert renderings of our own labels: about 0.45 for mixed-case
    /// English and Dutch; 0.5 leaves room for wider fonts (Arial, Verdana-like fallbacks).
    static let averageAdvance = 0.5

    /// Splits `text` into lines of at most `width` points at `fontSize`, breaking at ordinary
    /// spaces only (never at no-break spaces, which come back as ordinary spaces in the lines);
    /// a word longer than a line is cut.
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        let limit = max(4, Int(width / (fontSize * averageAdvance)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > limit {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(limit)))
                word = String(word.dropFirst(limit))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    /// A number as SVG writes it: whole numbers without a decimal point, others to 0.1.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
