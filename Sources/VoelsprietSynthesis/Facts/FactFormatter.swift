import Foundation

/// How a cited number is printed, per language: counts as whole numbers, percentages rounded to
/// whole numbers (as the tables print them), p values APA-style — three decimals without a
/// leading zero, `< .001` below that (Dutch: decimal comma, `,015`) — statistics with two
/// decimals, coefficients with two decimals and no leading zero.
///
/// A reference may name a style after a bar: `{{key|apa}}` prints a p value with its sign
/// (`p = .015`, `p < .001`), `{{key|1}}` a percentage or statistic with one decimal.
public enum FactFormatter {
    public static func display(_ fact: Fact, english: Bool, style: String? = nil) -> String {
        let comma = !english
        switch fact.kind {
        case .count, .integer:
            return grouped(Int(fact.value.rounded()), english: english)
        case .percent:
            let decimals = Int(style ?? "") ?? 0
            return number(fact.value, decimals: decimals, comma: comma) + "%"
        case .statistic:
            let decimals = Int(style ?? "") ?? 2
            return number(fact.value, decimals: decimals, comma: comma)
        case .coefficient:
            return noLeadingZero(number(fact.value, decimals: 2, comma: comma))
        case .pValue:
            let text: String
            if fact.value < 0.001 {
                text = "< " + noLeadingZero(number(0.001, decimals: 3, comma: comma))
            } else {
                text = noLeadingZero(number(fact.value, decimals: 3, comma: comma))
            }
            if style == "apa" { return text.hasPrefix("<") ? "p \(text)" : "p = \(text)" }
            return text
        }
    }

    static func number(_ value: Double, decimals: Int, comma: Bool) -> String {
        var text = String(format: "%.\(max(0, min(6, decimals)))f", value)
        // A small negative value rounds to "-0.00": print it as zero, not as a negative number.
        if text.hasPrefix("-"), !text.contains(where: { $0.isNumber && $0 != "0" }) { text.removeFirst() }
        let signed = text.hasPrefix("-") ? "−" + text.dropFirst() : Substring(text)
        return comma ? signed.replacingOccurrences(of: ".", with: ",") : String(signed)
    }

    static func noLeadingZero(_ text: String) -> String {
        if text.hasPrefix("0") && text.count > 1 { return String(text.dropFirst()) }
        if text.hasPrefix("−0") { return "−" + text.dropFirst(2) }
        return text
    }

    static func grouped(_ value: Int, english: Bool) -> String {
        guard abs(value) >= 10_000 else { return String(value) }
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(english ? "," : ".") }
            out.append(digit)
        }
        return value < 0 ? "−" + out : out
    }
}
