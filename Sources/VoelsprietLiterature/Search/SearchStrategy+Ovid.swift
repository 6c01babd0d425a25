import Foundation

// Ovid syntax for APA PsycINFO, as Ovid's PsycINFO database guide (ospguides.ovid.com, psycdb)
// and its field guide describe it and as checked through the `search` tool: one numbered line
// per step; free text as `(term or term).ti,ab.` with field labels ti (title), ab (abstract),
// id (key concepts = author keywords); phrases are written without quotes (adjacent words are a
// phrase), except that a phrase containing an operator word (and, or, not, adj, near, with)
// must be quoted; truncation `*` or `$`; subject headings as `Heading/`, exploded `exp Heading/`;
// earlier lines combined by number (`1 or 2`, `3 and 6`, `7 not 8`); limits as
// `limit 9 to (english language and yr="2000 -Current")`. PsycINFO covers 1806 onwards, which is
// used as the start of a year range that has only an end.

/// Ovid's truncation symbols: both mean "any number of characters".
public enum OvidTruncation: String, Sendable, Hashable, Codable {
    case asterisk = "*"
    case dollar = "$"
}

extension SearchStrategy {
    /// The Ovid PsycINFO search as numbered lines ("1. (…).ti,ab.", …, "10. limit 9 to …").
    public func psycinfoOvidLines(truncation: OvidTruncation = .asterisk) throws(SearchStrategyError) -> [String] {
        try validate()
        return try ovidLines(truncation: truncation)
    }

    func ovidLines(truncation: OvidTruncation = .asterisk) throws(SearchStrategyError) -> [String] {
        var lines: [String] = []
        var blockLines: [Int] = []
        for block in blocks { blockLines.append(try ovidBlock(block, truncation: truncation, into: &lines)) }
        var result = blockLines[0]
        if blockLines.count > 1 {
            lines.append(blockLines.map(String.init).joined(separator: " and "))
            result = lines.count
        }
        if let exclude {
            let excluded = try ovidBlock(exclude, truncation: truncation, into: &lines)
            lines.append("\(result) not \(excluded)")
            result = lines.count
        }
        if let limits = ovidLimits() {
            lines.append("limit \(result) to \(limits)")
        }
        return lines.enumerated().map { "\($0.offset + 1). \($0.element)" }
    }

    /// Appends the lines of one block and returns the number of the line that stands for it.
    private func ovidBlock(
        _ block: ConceptBlock, truncation: OvidTruncation, into lines: inout [String]
    ) throws(SearchStrategyError) -> Int {
        let suffix = switch fields {
        case .title: ".ti."
        case .titleAbstract: ".ti,ab."
        case .titleAbstractKeywords: ".ti,ab,id."
        }
        let first = lines.count + 1
        let terms = block.textTerms.map { Self.ovidTerm($0, truncation: truncation) }
        if terms.count == 1 {
            lines.append(terms[0] + suffix)
        } else if terms.count > 1 {
            lines.append("(" + terms.joined(separator: " or ") + ")" + suffix)
        }
        for heading in block.headings(.apaThesaurus) {
            lines.append((heading.explode ? "exp " : "") + heading.label + "/")
        }
        let last = lines.count
        guard last >= first else { throw .emptyBlock(name: block.name, database: .psycinfoOvid) }
        if last == first { return first }
        lines.append((first...last).map(String.init).joined(separator: " or "))
        return lines.count
    }

    private static let ovidOperatorWords: Set<String> = ["and", "or", "not", "adj", "near", "with"]

    static func ovidTerm(_ text: String, truncation: OvidTruncation) -> String {
        let written = text.replacingOccurrences(of: "*", with: truncation.rawValue)
        let words = written.lowercased().split(separator: " ").map(String.init)
        return words.count > 1 && words.contains(where: ovidOperatorWords.contains) ? "\"\(written)\"" : written
    }

    private func ovidLimits() -> String? {
        var limits: [String] = []
        switch languages.count {
        case 0: break
        case 1 where languages[0] == .english: limits.append("english language")
        case 1: limits.append(languages[0].rawValue)
        default:
            let names = languages.map(\.rawValue).sorted()
            limits.append("(" + names.joined(separator: " or ") + ")")
        }
        if fromYear != nil || toYear != nil {
            let from = fromYear ?? 1806
            let to = toYear.map { " - \($0)" } ?? " -Current"
            limits.append("yr=\"\(from)\(to)\"")
        }
        switch limits.count {
        case 0: return nil
        case 1: return limits[0]
        default: return "(" + limits.joined(separator: " and ") + ")"
        }
    }
}
