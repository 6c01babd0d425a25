import Foundation
import VoelsprietDomain

/// Answer options as lines of a text area, one option per line:
///
///     code = Label in the first language | Label in the second language
///     nobody = Niemand | Nobody [exclusive]
///     other = Anders | Other [specify]
///     youth = Jeugdzorg (inclusief jeugdbescherming) | Youth care [short: Jeugdzorg | Youth care]
///
/// Labels follow the instrument's languages in order; flags in square brackets at the end.
public enum OptionLines {
    public static func format(_ options: [AnswerOption], languages: [String]) -> String {
        options.map { option in
            var line = "\(option.code) = " + languages.map { option.label.values[$0] ?? "" }.joined(separator: " | ")
            if let short = option.short { line += " [short: " + languages.map { short.values[$0] ?? "" }.joined(separator: " | ") + "]" }
            if option.exclusive { line += " [exclusive]" }
            if option.specify { line += " [specify]" }
            return line
        }.joined(separator: "\n")
    }

    public static func parse(_ text: String, languages: [String]) throws(BuilderError) -> [AnswerOption] {
        var options: [AnswerOption] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let number = index + 1
            var exclusive = false
            var specify = false
            var short: LocalizedText?
            while line.hasSuffix("]"), let open = line.range(of: "[", options: .backwards) {
                let flag = line[open.upperBound..<line.index(before: line.endIndex)].trimmingCharacters(in: .whitespaces)
                let lower = flag.lowercased()
                if lower == "exclusive" || lower == "exclusief" {
                    exclusive = true
                } else if lower == "specify" || lower == "toelichting" {
                    specify = true
                } else if lower.hasPrefix("short:") || lower.hasPrefix("kort:") {
                    let labels = flag[flag.index(after: flag.firstIndex(of: ":")!)...].split(separator: "|", omittingEmptySubsequences: false)
                    short = localized(labels, languages)
                } else {
                    throw BuilderError(
                        field: "options", en: "line \(number): unknown flag [\(flag)]; known: [exclusive], [specify], [short: …]",
                        nl: "regel \(number): onbekende aanduiding [\(flag)]; bekend zijn [exclusive], [specify], [short: …]")
                }
                line = line[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw BuilderError(
                    field: "options", en: "line \(number): write 'code = label', e.g. 'nobody = Niemand | Nobody'",
                    nl: "regel \(number): schrijf 'code = label', bijvoorbeeld 'nobody = Niemand | Nobody'")
            }
            let code = line[..<equals].trimmingCharacters(in: .whitespaces)
            let labels = line[line.index(after: equals)...].split(separator: "|", omittingEmptySubsequences: false)
            if labels.count > languages.count {
                throw BuilderError(
                    field: "options", en: "line \(number): more labels than languages (\(languages.joined(separator: ", ")))",
                    nl: "regel \(number): meer labels dan talen (\(languages.joined(separator: ", ")))")
            }
            options.append(AnswerOption(code: code, label: localized(labels, languages), short: short, specify: specify, exclusive: exclusive))
        }
        return options
    }

    static func localized(_ labels: [Substring], _ languages: [String]) -> LocalizedText {
        var values: [String: String] = [:]
        for (language, label) in zip(languages, labels) {
            let text = label.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { values[language] = text }
        }
        return LocalizedText(values)
    }
}
