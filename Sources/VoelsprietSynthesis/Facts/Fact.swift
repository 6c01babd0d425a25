import Foundation

/// One number of a study that a report can cite: its value, what kind of number it is (which
/// decides how it is printed) and what produced it (so a reader can trace it).
///
/// Keys are dot-separated paths, stable across recomputation: `quickscan.n`,
/// `quickscan.learn_from_colleagues.5.percent`, `quickscan.skill_contact_similar.test.experience.role=student.p`,
/// `literature.included_studies`, `interviews.codings`, `agreement.overall.kappa` (see
/// `QuickscanFacts`, `LiteratureFacts`, `InterviewFacts` for the full lists).
public struct Fact: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A whole count (respondents, records, fragments).
        case count
        /// A percentage 0–100, printed as a whole number like the tables.
        case percent
        /// A p value, printed APA-style (no leading zero, `< .001`).
        case pValue = "p"
        /// A test statistic (χ², U, H), two decimals.
        case statistic
        /// A coefficient bounded by 1 (Cramér's V, κ, α), two decimals without a leading zero.
        case coefficient
        /// Degrees of freedom and other small integers that are not counts of people.
        case integer
    }

    public var key: String
    public var value: Double
    public var kind: Kind
    public var provenance: Provenance

    public init(key: String, value: Double, kind: Kind, provenance: Provenance) {
        self.key = key
        self.value = value
        self.kind = kind
        self.provenance = provenance
    }
}

/// What produced a number: the study part, the item or code, the split and subset, the n it is
/// computed over, and where in Voelspriet it can be seen.
public struct Provenance: Sendable, Hashable, Codable {
    public var part: StudyPart
    /// A short human description ("Tabel: learn_from_colleagues, categorie 5").
    public var what: String
    public var item: String?
    public var split: String?
    public var subset: String?
    public var n: Int?
    /// A path inside the study's pages (relative to `/admin/studies/<slug>/`), with an anchor.
    public var path: String?

    public init(part: StudyPart, what: String, item: String? = nil, split: String? = nil, subset: String? = nil, n: Int? = nil, path: String? = nil) {
        self.part = part
        self.what = what
        self.item = item
        self.split = split
        self.subset = subset
        self.n = n
        self.path = path
    }

    /// One line for a tooltip: what, item, split, subset and n.
    public func summary(english: Bool) -> String {
        var parts = [what]
        if let item { parts.append((english ? "item " : "item ") + item) }
        if let split { parts.append((english ? "split " : "uitsplitsing ") + split) }
        if let subset { parts.append((english ? "subset " : "deelgroep ") + subset) }
        if let n { parts.append("n = \(n)") }
        return parts.joined(separator: "; ")
    }
}
