/// A number as printed, with the precision its digits imply.
///
/// Decimal separators: a number with one separator (`.` or `,`) reads it as the decimal point
/// (`8,44`, `.015`, `1.234` = 1.234). With both, the last one is the decimal point and the other
/// groups thousands (`1.234,5` = 1234.5, `1,234.5` = 1234.5); the same separator repeated groups
/// thousands (`1.234.567`). Groups of thousands must have three digits, else the number is not
/// read. Scientific notation: `1.2e-5`, `1,2 × 10^-5`, `1.2·10⁻⁵`.
struct ReportedNumber: Sendable, Hashable {
    var value: Double
    /// Half a unit in the last printed digit: the number stands for [value − h, value + h].
    var halfUnit: Double
    /// Digits after the decimal point (before any exponent).
    var decimals: Int

    /// Reads a number (optionally signed) starting at `start`; returns it and the index after it.
    static func read(_ s: [Unicode.Scalar], at start: Int, allowSign: Bool = true) -> (ReportedNumber, Int)? {
        var i = start
        var negative = false
        if allowSign, i < s.count, s[i] == "-" || s[i] == "+" {
            negative = s[i] == "-"
            i += 1
            while i < s.count, s[i] == " " { i += 1 }
        }
        guard let (mantissa, afterMantissa) = mantissa(s, at: i) else { return nil }
        var number = mantissa
        var end = afterMantissa
        if let (exponent, afterExponent) = exponent(s, at: afterMantissa) {
            number.value *= pow10(exponent)
            number.halfUnit *= pow10(exponent)
            end = afterExponent
        }
        if negative { number.value = -number.value }
        return (number, end)
    }

    /// Digits with separators; nil when the digits do not form a number by the rules above.
    private static func mantissa(_ s: [Unicode.Scalar], at start: Int) -> (ReportedNumber, Int)? {
        var groups: [String] = [""]
        var separators: [Unicode.Scalar] = []
        var i = start
        while i < s.count {
            let c = s[i]
            if c.isDigit {
                groups[groups.count - 1].unicodeScalars.append(c)
            } else if (c == "." || c == ","), i + 1 < s.count, s[i + 1].isDigit {
                separators.append(c)
                groups.append("")
            } else {
                break
            }
            i += 1
        }
        guard groups.contains(where: { !$0.isEmpty }), groups.count <= 8 else { return nil }
        guard let (integer, fraction) = split(groups, separators) else { return nil }
        guard let value = Double((integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction)) else { return nil }
        let decimals = fraction.count
        return (ReportedNumber(value: value, halfUnit: 0.5 * pow10(-decimals), decimals: decimals), i)
    }

    /// Integer and fraction digits, applying the thousands-separator rules.
    private static func split(_ groups: [String], _ separators: [Unicode.Scalar]) -> (String, String)? {
        if separators.isEmpty { return (groups[0], "") }
        if separators.count == 1 { return (groups[0], groups[1]) }
        let last = separators[separators.count - 1]
        let earlier = separators.dropLast()
        if earlier.allSatisfy({ $0 == last }) {
            // 1.234.567: all thousands; every group after the first has three digits.
            guard !groups[0].isEmpty, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return (groups.joined(), "")
        }
        guard earlier.allSatisfy({ $0 != last }), !groups[0].isEmpty,
            groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 })
        else { return nil }
        return (groups.dropLast().joined(), groups[groups.count - 1])
    }

    /// `e-5`, `E+3`, `× 10^-5`, `x 10-5`, `·10⁻⁵` after a mantissa.
    private static func exponent(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var i = start
        if i < s.count, s[i] == "e" || s[i] == "E" {
            return signedDigits(s, at: i + 1)
        }
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count, s[i] == "×" || s[i] == "x" || s[i] == "·" || s[i] == "*" else { return nil }
        i += 1
        while i < s.count, s[i] == " " { i += 1 }
        guard i + 1 < s.count, s[i] == "1", s[i + 1] == "0" else { return nil }
        i += 2
        if i < s.count, s[i] == "^" { i += 1 }
        return signedDigits(s, at: i)
    }

    private static func signedDigits(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var i = start
        var sign = 1
        if i < s.count, s[i] == "-" || s[i] == "⁻" || s[i] == "+" || s[i] == "⁺" {
            sign = s[i] == "-" || s[i] == "⁻" ? -1 : 1
            i += 1
        }
        var value = 0, digits = 0
        while i < s.count, digits < 4, let d = digit(s[i]) {
            value = value * 10 + d
            digits += 1
            i += 1
        }
        return digits > 0 ? (sign * value, i) : nil
    }

    private static func digit(_ c: Unicode.Scalar) -> Int? {
        if c.isDigit { return Int(c.value - 0x30) }
        switch c {
        case "⁰": return 0
        case "¹": return 1
        case "²": return 2
        case "³": return 3
        case "⁴"..."⁹": return Int(c.value - 0x2070)
        default: return nil
        }
    }

    /// 10^k, exact for |k| ≤ 22 (10^k is then a double and 1/10^k correctly rounded).
    static func pow10(_ k: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(abs(k), 400) { result *= 10 }
        return k < 0 ? 1 / result : result
    }
}
