import Foundation

/// Writes a chi-square result as a paper prints it.
public enum StatementFormatter {
    /// `χ²(4) = 11,08; p = 0,03` (Dutch) or `χ²(4, N = 131) = 11.08, p = .026` (APA).
    public static func chiSquare(chi2: Double, df: Int, p: Double, n: Int, style: ReportOptions.Style) -> String {
        switch style {
        case .dutch:
            return "χ²(\(df)) = \(decimal(chi2, 2, comma: true)); \(dutchP(p))"
        case .apa:
            return "χ²(\(df), N = \(n)) = \(decimal(chi2, 2, comma: false)), \(apaP(p))"
        }
    }

    /// A p value in the style's notation: `p = 0,03` or `p = .026`.
    public static func p(_ value: Double, style: ReportOptions.Style) -> String {
        style == .dutch ? dutchP(value) : apaP(value)
    }

    /// Dutch p: two decimals as the report prints; three below 0,01; `p < 0,001` below that.
    static func dutchP(_ p: Double) -> String {
        if p < 0.001 { return "p < 0,001" }
        if p < 0.01 { return "p = \(decimal(p, 3, comma: true))" }
        return "p = \(decimal(p, 2, comma: true))"
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
