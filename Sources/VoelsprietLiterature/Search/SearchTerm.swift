import Foundation

/// One term of a concept block: free text (a word, a phrase, possibly truncated) or a
/// controlled-vocabulary heading that only some databases know.
public enum SearchTerm: Sendable, Hashable, Codable {
    /// Free text searched in the strategy's fields. Several words make a phrase; a trailing `*`
    /// truncates the last word (`abus*` finds abuse, abused, abusive). Double quotes are not
    /// part of the text; each renderer adds the quoting its database needs.
    case text(String)
    /// A subject heading of one database's thesaurus; databases without that thesaurus skip it.
    case heading(SubjectHeading)

    /// The text with surrounding whitespace trimmed, runs of spaces collapsed and any double
    /// quotes removed (renderers add their own).
    var normalisedText: String? {
        guard case .text(let raw) = self else { return nil }
        let cleaned = raw.replacingOccurrences(of: "\"", with: " ")
        return cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}

/// A heading of a controlled vocabulary.
public struct SubjectHeading: Sendable, Hashable, Codable {
    /// Which thesaurus the heading belongs to.
    public enum Vocabulary: String, Sendable, Hashable, Codable, CaseIterable {
        /// NLM Medical Subject Headings, searched in PubMed with `[Mesh]`.
        case mesh
        /// The APA Thesaurus of Psychological Index Terms, searched in PsycINFO (Ovid) with `Heading/`.
        case apaThesaurus
    }

    public var vocabulary: Vocabulary
    /// The heading exactly as the thesaurus spells it ("Domestic Violence", "Child Abuse").
    public var label: String
    /// Whether narrower headings are included: PubMed's default `[Mesh]` (vs `[Mesh:NoExp]`),
    /// Ovid's `exp Heading/` (vs `Heading/`).
    public var explode: Bool

    public init(_ vocabulary: Vocabulary, _ label: String, explode: Bool = true) {
        self.vocabulary = vocabulary
        self.label = label
        self.explode = explode
    }
}

/// A named group of synonyms; its terms are combined with OR.
public struct ConceptBlock: Sendable, Hashable, Codable {
    public var name: String
    public var terms: [SearchTerm]

    public init(name: String, terms: [SearchTerm]) {
        self.name = name
        self.terms = terms
    }

    /// A block from free-text terms only.
    public init(name: String, text: [String], headings: [SubjectHeading] = []) {
        self.init(name: name, terms: text.map(SearchTerm.text) + headings.map(SearchTerm.heading))
    }

    /// The cleaned free-text terms, in order, without empties.
    var textTerms: [String] { terms.compactMap(\.normalisedText).filter { !$0.isEmpty } }

    /// The headings of one vocabulary, in order.
    func headings(_ vocabulary: SubjectHeading.Vocabulary) -> [SubjectHeading] {
        terms.compactMap { term in
            if case .heading(let heading) = term, heading.vocabulary == vocabulary { return heading }
            return nil
        }
    }
}
