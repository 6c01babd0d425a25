// Numbers and dates in the lexical forms of XML Schema Part 2, which REFI's VariableValue uses:
// xsd:decimal has no exponent ("0.0000001", never "1e-07"); xsd:date and xsd:dateTime are
// ISO 8601 with a four-digit year.
import Foundation

enum XSDText {
    /// A finite Double as xsd:decimal: Swift's shortest round-trip digits, with any exponent
    /// written out as zeros. Nil for NaN and infinities, which xsd:decimal cannot hold.
    static func decimal(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        let shortest = "\(value)"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return shortest }
        guard let exponent = Int(shortest[shortest.index(after: e)...]) else { return nil }
        var mantissa = String(shortest[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts.first ?? "0"), fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + fraction
        let point = whole.count + exponent  // position of the decimal point within `digits`
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            out = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        out = trimLeadingZeros(out)
        return (negative ? "-" : "") + out
    }

    private static func trimLeadingZeros(_ s: String) -> String {
        var t = Substring(s)
        while t.count > 1 && t.first == "0" && t.dropFirst().first != "." { t = t.dropFirst() }
        return String(t)
    }

    /// xsd:date: "2023-03-14", optionally with a time zone ("Z", "+01:00").
    static func isDate(_ s: String) -> Bool {
        s.wholeMatch(of: /-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?/) != nil
    }

    /// xsd:dateTime: "2023-03-14T10:00:00", optional fraction and time zone.
    static func isDateTime(_ s: String) -> Bool {
        s.wholeMatch(of: /-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?/) != nil
    }
}
