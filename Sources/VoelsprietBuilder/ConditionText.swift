import Foundation
import VoelsprietDomain

/// Conditions as one line a researcher can type in the builder:
///
///     role = student
///     experience != no
///     sector in youth_care, shelter
///     sector not in other
///     role = student and experience != no        (all of them)
///     role = student or role = professional      (any of them)
///
/// `and` and `or` cannot be mixed on one line; a condition this syntax cannot express (nested
/// groups, `not`) is shown and accepted as JSON (a line starting with `{`).
public enum ConditionText {
    /// The line for `condition`; JSON when the line syntax cannot express it.
    public static func format(_ condition: Condition?) -> String {
        guard let condition else { return "" }
        if let simple = simple(condition) { return simple }
        if case .all(let parts) = condition, !parts.isEmpty, case let lines = parts.compactMap(simple), lines.count == parts.count {
            return lines.joined(separator: " and ")
        }
        if case .any(let parts) = condition, !parts.isEmpty, case let lines = parts.compactMap(simple), lines.count == parts.count {
            return lines.joined(separator: " or ")
        }
        return json(condition)
    }

    static func simple(_ condition: Condition) -> String? {
        switch condition {
        case .equals(let item, let value): "\(item) = \(value)"
        case .notEquals(let item, let value): "\(item) != \(value)"
        case .isIn(let item, let values): "\(item) in \(values.joined(separator: ", "))"
        case .notIn(let item, let values): "\(item) not in \(values.joined(separator: ", "))"
        default: nil
        }
    }

    static func json(_ condition: Condition) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(condition)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The condition typed as `text`; nil for an empty line.
    public static func parse(_ text: String) throws(BuilderError) -> Condition? {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty { return nil }
        if line.hasPrefix("{") {
            do { return try JSONDecoder().decode(Condition.self, from: Data(line.utf8)) } catch {
                throw BuilderError(field: "showIf", en: "the condition is not valid JSON", nl: "de voorwaarde is geen geldige JSON")
            }
        }
        let words = line.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let hasAnd = words.contains("and") || words.contains("en")
        let hasOr = words.contains("or") || words.contains("of")
        if hasAnd && hasOr {
            throw BuilderError(
                field: "showIf", en: "use either 'and' or 'or' on one line; for both, write the condition as JSON",
                nl: "gebruik op één regel 'and' of 'or', niet allebei; schrijf de voorwaarde anders als JSON")
        }
        let separator = hasAnd ? ["and", "en"] : ["or", "of"]
        var parts: [[Substring]] = [[]]
        for word in line.split(whereSeparator: \.isWhitespace) {
            if separator.contains(word.lowercased()) { parts.append([]) } else { parts[parts.count - 1].append(word) }
        }
        let conditions = try parts.map { part throws(BuilderError) in try comparison(part.joined(separator: " ")) }
        if conditions.count == 1 { return conditions[0] }
        return hasAnd ? .all(conditions) : .any(conditions)
    }

    static func comparison(_ text: String) throws(BuilderError) -> Condition {
        let example = BuilderError(
            field: "showIf", en: "'\(text)' is not a condition; write for example 'role = student' or 'sector in a, b'",
            nl: "'\(text)' is geen voorwaarde; schrijf bijvoorbeeld 'role = student' of 'sector in a, b'")
        func values(_ rest: Substring) -> [String] {
            rest.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for (token, make) in [
            (" not in ", { (item: String, rest: Substring) in Condition.notIn(item: item, values: values(rest)) }),
            (" in ", { (item: String, rest: Substring) in Condition.isIn(item: item, values: values(rest)) }),
            ("!=", { (item: String, rest: Substring) in Condition.notEquals(item: item, value: rest.trimmingCharacters(in: .whitespaces)) }),
            ("=", { (item: String, rest: Substring) in Condition.equals(item: item, value: rest.trimmingCharacters(in: .whitespaces)) }),
        ] {
            guard let range = text.range(of: token) else { continue }
            let item = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let rest = text[range.upperBound...]
            guard !item.isEmpty, !item.contains(" "), !rest.trimmingCharacters(in: .whitespaces).isEmpty else { throw example }
            return make(item, rest)
        }
        throw example
    }
}
