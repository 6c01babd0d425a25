import Foundation

/// Writes a chi-square result as a paper prints it.
public enum StatementFormatter {
    /// `χ²(4) = 11,08; p = 0,03` (Dutch) or `χ²(4, N = 131) = 11.08, p = .026` (APA).
    public static func chiSquare(chi2: Double, df: Int, p: Double, n: Int, style: ReportOptions.Style, alpha: Double = 0.05) -> String {
        switch style {
        case .dutch:
            return "χ²(\(df)) = \(decimal(chi2, 2, comma: true)); \(dutchP(p, alpha: alpha))"
        case .apa:
            return "χ²(\(df), N = \(n)) = \(decimal(chi2, 2, comma: false)), \(apaP(p))"
        }
    }

    /// A p value in the style's notation: `p = 0,03` or `p = .026`.
    public static func p(_ value: Double, style: ReportOptions.Style, alpha: Double = 0.05) -> String {
        style == .dutch ? dutchP(value, alpha: alpha) : apaP(value)
    }

    /// Dutch p: two decimals as the report prints; three below 0,01, and three where two would
    /// land on α or on its other side (p = 0,048 is not "0,05", nor is 0,054); `p < 0,001` below.
    static func dutchP(_ p: Double, alpha: Double = 0.05) -> String {
        if p < 0.001 { return "p < 0,001" }
        let two = (p * 100).rounded(.toNearestOrAwayFromZero) / 100
        if p < 0.01 || abs(two - alpha) < 1e-12 || (two < alpha) != (p < alpha) { return "p = \(decimal(p, 3, comma: true))" }
        return "p = \(decimal(p, 2, comma: true))"
    }

    /// A coefficient that cannot exceed 1 (Cramér's V, r, α): APA prints it without the leading
    /// zero (`.49`), the Dutch style with it (`0,49`).
    public static func coefficient(_ value: Double, style: ReportOptions.Style) -> String {
        let text = decimal(value, 2, comma: style == .dutch)
        guard style == .apa else { return text }
        if text.hasPrefix("0.") { return String(text.dropFirst()) }
        if text.hasPrefix("-0.") { return "-" + text.dropFirst(2) }
        return text
    }

    /// APA p: three decimals without the leading zero; `p < .001` below that.
    static func apaP(_ p: Double) -> String {
        if p < 0.001 { return "p < .001" }
        var text = decimal(p, 3, comma: false)
        if text.hasPrefix("0") { text.removeFirst() }
        return "p = \(text)"
    }

    /// `value` with `places` decimals, half away from zero, with a decimal comma or point.
    public static func decimal(_ value: Double, _ places: Int, comma: Bool) -> String {
        let scale = pow(10, Double(places))
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale
        var text = String(format: "%.\(places)f", rounded)
        if value < 0, rounded != 0 { text = "-" + text }
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
