// Page fields in their many formats: "123-9", "123-129", "S394-S395", "e70933", "893".

import Foundation

/// The first page of a record (and the last one, when given), for comparing page fields.
struct PageRange: Sendable, Equatable {
    /// First page's digits without leading zeros ("S394" → "394", "e70933" → "70933"): databases
    /// disagree on the letter prefix of supplement and electronic pages.
    var first: String
    /// Letter prefix of the first page ("s" for a supplement, "e" for an electronic page number).
    var prefix: String
    /// Last page with a shortened range expanded ("221-8" → "228"), or nil for a single page.
    var last: String?

    /// Parses a page field; nil when it is empty or not a page range (spreadsheet damage such
    /// as "01-Jul" or "2.05031E+15" reads as no pages, not as conflicting ones).
    init?(_ text: String) {
        let lowered = text.lowercased().filter { !$0.isWhitespace }
        guard !lowered.isEmpty, lowered != "na" else { return nil }
        let parts = lowered.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
        guard (1...2).contains(parts.count), let first = PageRange.page(parts[0]) else { return nil }
        self.first = first.digits
        self.prefix = first.prefix
        if parts.count == 2 {
            guard let last = PageRange.page(parts[1]) else { return nil }
            var digits = last.digits
            if first.digits.count > digits.count, last.prefix.isEmpty || last.prefix == first.prefix {
                digits = String(first.digits.prefix(first.digits.count - digits.count)) + digits
            }
            self.last = digits
        } else {
            self.last = nil
        }
    }

    /// A page number: up to two letters, digits, optionally one trailing letter.
    private static func page(_ part: Substring) -> (prefix: String, digits: String)? {
        let prefix = part.prefix(while: { $0.isLetter })
        let rest = part.dropFirst(prefix.count)
        var digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        let tail = rest.dropFirst(digits.count)
        guard prefix.count <= 2, !digits.isEmpty, tail.count <= 1, tail.allSatisfy(\.isLetter) else { return nil }
        while digits.count > 1 && digits.first == "0" { digits = digits.dropFirst() }
        return (String(prefix), String(digits))
    }
}
