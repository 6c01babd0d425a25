/// Numbers in table cells: counts ("27", "1.234", "1 234"), percentages ("19", "19%", "19,4",
/// "19.4 %") and count-with-percentage cells ("27 (19)", "27 (19,4%)").
enum TableCells {
    enum Cell: Equatable {
        case empty
        case count(Int)
        /// A number with decimals (a percentage, not a count).
        case decimal(Double)
        case countAndPercent(Int, Double)
        /// Text or a mark such as "<1" or "-" that is not a number.
        case text
    }

    static func parse(_ raw: String) -> Cell {
        var text = raw.trimmingSpaces()
        while let last = text.unicodeScalars.last, "*†‡ᵃᵇᶜ".unicodeScalars.contains(last) { text.unicodeScalars.removeLast() }
        text = text.trimmingSpaces()
        if text.isEmpty { return .empty }
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let before = String(text[..<open]).trimmingSpaces()
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard let count = integer(before), let percent = percent(inside) else { return .text }
            return .countAndPercent(count, percent)
        }
        if let count = integer(text) { return .count(count) }
        if let percent = percent(text) { return .decimal(percent) }
        return .text
    }

    /// Whether the cell holds any number.
    static func isNumeric(_ cell: Cell) -> Bool {
        switch cell {
        case .count, .decimal, .countAndPercent: return true
        case .empty, .text: return false
        }
    }

    /// A whole number with optional thousands separators ("1.234", "1,234", "1 234").
    static func integer(_ text: String) -> Int? {
        let s = Array(text.trimmingSpaces().unicodeScalars)
        guard let value = count(digitsIn: s, from: 0, requireEnd: true) else { return nil }
        return value
    }

    /// Digits (with thousands separators in groups of three) starting at `i`; with `requireEnd`
    /// they must fill the rest of `s`.
    static func count(digitsIn s: [Unicode.Scalar], from i: Int, requireEnd: Bool = false) -> Int? {
        var groups: [String] = [""]
        var j = i
        while j < s.count {
            if s[j].isDigit {
                groups[groups.count - 1].unicodeScalars.append(s[j])
            } else if ".,  \u{A0}\u{202F}".unicodeScalars.contains(s[j]), j + 1 < s.count, s[j + 1].isDigit, !groups[groups.count - 1].isEmpty {
                groups.append("")
            } else {
                break
            }
            j += 1
        }
        if requireEnd, j != s.count { return nil }
        guard !groups[0].isEmpty, groups[0].count <= 12, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Int(groups.joined())
    }

    /// A percentage: a number with at most one decimal separator, optionally followed by "%".
    static func percent(_ text: String) -> Double? {
        var t = text.trimmingSpaces()
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingSpaces() }
        let s = Array(t.unicodeScalars)
        guard !s.isEmpty, s.allSatisfy({ $0.isDigit || $0 == "." || $0 == "," }),
            s.filter({ $0 == "." || $0 == "," }).count <= 1, s.first?.isDigit == true, s.last?.isDigit == true
        else { return nil }
        return Double(String(String.UnicodeScalarView(s.map { $0 == "," ? "." : $0 })))
    }
}
