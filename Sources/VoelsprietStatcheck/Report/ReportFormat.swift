#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Number formatting for messages and the Markdown report, with a decimal comma in Dutch.
enum ReportFormat {
    /// `value` with exactly `digits` decimals.
    static func decimal(_ value: Double, digits: Int, english: Bool) -> String {
        guard value.isFinite else { return String(value) }
        let scale = ReportedNumber.pow10(digits)
        let rounded = (abs(value) * scale).rounded() / scale
        var integerPart = Int(rounded.rounded(.down))
        var fraction = Int(((rounded - Double(integerPart)) * scale).rounded())
        if fraction >= Int(scale) {
            integerPart += 1
            fraction -= Int(scale)
        }
        var text = (value < 0 && rounded > 0 ? "-" : "") + String(integerPart)
        if digits > 0 {
            let digitsText = String(fraction)
            text += (english ? "." : ",") + String(repeating: "0", count: max(0, digits - digitsText.count)) + digitsText
        }
        return text
    }

    /// An integer without decimals, otherwise up to two decimals without trailing zeros.
    static func number(_ value: Double, english: Bool) -> String {
        if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
        // As many decimals as were reported (up to six): a reported p of .036 is not shown as .04.
        var text = decimal(value, digits: 6, english: english)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") || text.hasSuffix(",") { text.removeLast() }
        return text
    }

    /// A p value with four significant digits ("0.01470"), in scientific notation below 0.0001
    /// ("1.23e-7").
    static func pValue(_ p: Double, english: Bool) -> String {
        guard p.isFinite, p > 0 else { return p == 0 ? "0" : String(p) }
        let exponent = Int(floor(log10(p)))
        if p >= 0.0001 { return decimal(p, digits: max(3, 3 - exponent), english: english) }
        return decimal(p / pow(10, Double(exponent)), digits: 2, english: english) + "e" + String(exponent)
    }
}
