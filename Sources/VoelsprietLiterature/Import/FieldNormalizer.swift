import Foundation

/// Small clean-ups shared by all formats. They extract a value in the record model's shape
/// (a bare DOI, a year as a number, a page range) and otherwise keep the text as given.
enum FieldNormalizer {
    /// A bare DOI from `text`: resolver prefixes (`https://doi.org/`, `http://dx.doi.org/`),
    /// `doi:` and `DOI ` are removed, as are trailing `.`, `,`, `;` and a MEDLINE ` [doi]`.
    /// Text without a `10.` prefix after that is not a DOI and gives nil.
    static func doi(_ text: String?) -> String? {
        guard var value = text?.trimmingSpaces(), !value.isEmpty else { return nil }
        if isPlainDOI(value) { return value }
        if value.hasSuffix("[doi]") { value = String(value.dropLast(5)).trimmingSpaces() }
        if let range = value.range(of: "doi.org/", options: .caseInsensitive) {
            value = String(value[range.upperBound...])
        }
        for prefix in ["doi:", "doi "] where value.lowercased().hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count)).trimmingSpaces()
        }
        if value.contains("%2F") || value.contains("%2f") {
            value = value.removingPercentEncoding ?? value
        }
        while let last = value.last, ".,;:".contains(last) { value.removeLast() }
        // A field that lists several DOIs or adds text after it ("10.1/x [pii]"): keep the first word.
        if let space = value.firstIndex(where: { $0 == " " }) { value = String(value[..<space]) }
        return value.hasPrefix("10.") && value.count > 3 ? value : nil
    }

    /// `10.` followed by printable ASCII without spaces, not ending in punctuation: already bare.
    private static func isPlainDOI(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard utf8.count > 3, utf8.starts(with: "10.".utf8), let last = utf8.last,
              !".,;:]".utf8.contains(last) else { return false }
        return utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x25 }
    }

    /// The first plausible year (four digits, 1000–2999, not part of a longer number) in a
    /// date such as `2019`, `2019///`, `1948/07//`, `2019 Mar 5`, `Mar 2019`, `2019-03-05`.
    static func year(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = Array(text.utf8)
        var i = 0
        while i < digits.count {
            guard isDigit(digits[i]) else { i += 1; continue }
            var j = i
            while j < digits.count && isDigit(digits[j]) { j += 1 }
            if j - i == 4 {
                let value = digits[i..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                if (1000...2999).contains(value) { return value }
            }
            i = j
        }
        return nil
    }

    /// `start`–`end` joined with "-" (`SP`/`EP`, `BP`/`EP`); just `start` when there is no end
    /// or `start` already is a range; nil when both are empty.
    static func pages(start: String?, end: String?) -> String? {
        let s = start?.trimmingSpaces() ?? ""
        let e = end?.trimmingSpaces() ?? ""
        if s.isEmpty { return e.isEmpty ? nil : e }
        if e.isEmpty || s.contains("-") || s == e { return s }
        return s + "-" + e
    }

    /// Splits a list written in one field: a Python list literal (`['A, B', 'C, D']`, as
    /// ASReview writes), else on `;`, else on ` and ` (BibTeX style), else the field is one item.
    static func splitList(_ text: String?) -> [String] {
        guard let text = text?.trimmingSpaces(), !text.isEmpty else { return [] }
        if text.hasPrefix("[") && text.hasSuffix("]") {
            return pythonList(String(text.dropFirst().dropLast()))
        }
        for separator in [";", " and "] where text.contains(separator) {
            return text.components(separatedBy: separator).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        return [text]
    }

    /// Items of the inside of a Python list literal: quoted with ' or ", separated by commas.
    private static func pythonList(_ inner: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for ch in inner {
            if let q = quote {
                if escaped { current.append(ch); escaped = false }
                else if ch == "\\" { escaped = true }
                else if ch == q { quote = nil }
                else { current.append(ch) }
            } else if ch == "'" || ch == "\"" {
                quote = ch
            } else if ch == "," {
                items.append(current.trimmingSpaces()); current = ""
            } else {
                current.append(ch)
            }
        }
        items.append(current.trimmingSpaces())
        return items.filter { !$0.isEmpty }
    }

    /// Nil for empty text, else the text trimmed.
    static func nonEmpty(_ text: String?) -> String? {
        guard let value = text?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
