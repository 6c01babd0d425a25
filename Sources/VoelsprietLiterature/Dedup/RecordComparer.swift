// The pairwise decision: are two records the same publication, and why.

struct RecordComparer: Sendable {
    let options: DeduplicationOptions

    /// The reason `a` and `b` are duplicates, or nil. `doiTrusted`/`pmidTrusted` are false when
    /// `a`'s DOI or PubMed id is carried by too many records to identify one publication.
    func match(_ a: RecordFeatures, _ b: RecordFeatures, doiTrusted: Bool, pmidTrusted: Bool) -> MatchReason? {
        if a.notice != b.notice { return nil }
        if doiTrusted, let doi = a.doi, doi == b.doi, identifierCompatible(a, b) { return .doi }
        if pmidTrusted, let pmid = a.pmid, pmid == b.pmid, identifierCompatible(a, b) { return .pmid }
        return bibliographic(a, b)
    }

    /// Nothing contradicts a shared identifier: the first pages do not differ unless the titles
    /// are equal (a supplement's or book's DOI on every abstract or chapter), the titles name the same numbers and share
    /// enough words, or else (a title given in another language) the same first author and
    /// year or pages support it. Clearly different first authors need nearly the same title.
    func identifierCompatible(_ a: RecordFeatures, _ b: RecordFeatures) -> Bool {
        if let x = a.pages, let y = b.pages, x.first != y.first,
           !a.titles.contains(where: { b.titles.contains($0) }) { return false }
        if a.titles.isEmpty || b.titles.isEmpty { return !FieldEvidence.authorsConflict(a, b) }
        let overlap = a.wordOverlap(b)
        if a.numbers != b.numbers && overlap < 0.9 { return false }
        if FieldEvidence.authorsConflict(a, b) { return overlap >= 0.8 }
        if overlap >= options.identifierTitleOverlap || titleSimilarity(a, b, minimum: 0.8) != nil { return true }
        guard let x = a.firstAuthor, let y = b.firstAuthor, x.sameSurname(as: y) else { return false }
        return a.year == b.year || (a.pages != nil && a.pages?.first == b.pages?.first)
    }

    /// Bibliographic match: similar title, no veto, enough net field evidence.
    func bibliographic(_ a: RecordFeatures, _ b: RecordFeatures) -> MatchReason? {
        guard !a.titles.isEmpty, !b.titles.isEmpty, a.numbers == b.numbers else { return nil }
        if let x = a.year, let y = b.year, abs(x - y) >= 2 { return nil }
        guard let similarity = titleSimilarity(a, b, minimum: options.minimumTitleSimilarity) else { return nil }
        let evidence = FieldEvidence(a, b)
        var required = options.minimumEvidence
        if similarity < 1 {
            required += 1
            if evidence.authorConflict || (a.firstAuthor != nil && b.firstAuthor != nil && !evidence.agreeing.contains(.firstAuthor)) {
                return nil
            }
        }
        if min(a.titles[0].count, b.titles[0].count) < 30 { required += 1 }
        let net = evidence.support - evidence.conflict
        let accepted = evidence.conflict == 0 ? net >= required : net >= required + 1
        guard accepted else { return nil }
        let score = (similarity + min(1, max(0, net / 6))) / 2
        return .bibliographic(score: score, titleSimilarity: similarity, agreeing: evidence.agreeing)
    }

    /// Best similarity over the title variants, or nil below `minimum`. Equal titles give 1; a
    /// title that starts with the whole other one (at least 40 letters: truncated, or a dropped
    /// subtitle) counts as `minimum`.
    func titleSimilarity(_ a: RecordFeatures, _ b: RecordFeatures, minimum: Double) -> Double? {
        var best: Double? = nil
        for (k, x) in a.titles.enumerated() {
            for (l, y) in b.titles.enumerated() {
                if x == y { return 1 }
                let shorter = min(x.count, y.count), longer = max(x.count, y.count)
                if Double(shorter) < minimum * Double(longer) {
                    if shorter >= 40, x.count < y.count ? y.starts(with: x) : x.starts(with: y) {
                        best = max(best ?? 0, minimum)
                    }
                    continue
                }
                let profiles = (a.titleProfiles[k], b.titleProfiles[l])
                if let value = EditDistance.similarity(x, y, minimum: max(minimum, best ?? 0), profiles: profiles) {
                    best = max(best ?? 0, value)
                }
            }
        }
        return best
    }

    /// Records that must never share a cluster, whatever records bridge them: different notice
    /// kinds and, unless they share a trusted identifier, different title numbers, years two or
    /// more apart, unrelated titles or clearly different first authors.
    func cannotLink(_ a: RecordFeatures, _ b: RecordFeatures, sameIdentifier: Bool) -> Bool {
        if a.notice != b.notice { return true }
        if sameIdentifier { return !identifierCompatible(a, b) }
        if a.numbers != b.numbers { return true }
        if let x = a.year, let y = b.year, abs(x - y) >= 2 { return true }
        if !a.titles.isEmpty, !b.titles.isEmpty, a.wordOverlap(b) < 0.5,
           titleSimilarity(a, b, minimum: 0.8) == nil { return true }
        return FieldEvidence.authorsConflict(a, b)
    }
}

/// Agreement and contradiction of the fields besides the title.
struct FieldEvidence {
    var agreeing: [BibliographicField] = []
    var support: Double = 0
    var conflict: Double = 0
    var authorConflict = false

    init(_ a: RecordFeatures, _ b: RecordFeatures) {
        if let x = a.firstAuthor, let y = b.firstAuthor {
            if FieldEvidence.sameAuthor(x, y) { agree(.firstAuthor) }
            else if FieldEvidence.authorsConflict(a, b) { authorConflict = true; conflict += 1 }
        }
        if let x = a.year, let y = b.year {
            if x == y { agree(.year) } else { conflict += 0.5 }   // ±1: online vs print year
        }
        if !a.issns.isDisjoint(with: b.issns) || JournalName.agree(a.journal, b.journal) { agree(.journal) }
        if let x = a.volume, let y = b.volume {
            if x == y { agree(.volume) } else { conflict += 1 }
        }
        if let x = a.pages, let y = b.pages {
            if x.first == y.first { agree(.pages) }
            else { conflict += a.supplement != b.supplement ? 2 : 1 }   // abstract vs article
        }
        if let x = a.abstractStart, let y = b.abstractStart, x == y { agree(.abstract) }
        if let x = a.doi, let y = b.doi, x != y { conflict += 1.5 }
        if let x = a.pmid, let y = b.pmid, x != y { conflict += 1.5 }
    }

    private mutating func agree(_ field: BibliographicField) {
        agreeing.append(field)
        support += 1
    }

    /// Same surname and, when both are known, the same first initial.
    static func sameAuthor(_ x: AuthorKey, _ y: AuthorKey) -> Bool {
        guard x.sameSurname(as: y) else { return false }
        guard let i = x.initials.first, let j = y.initials.first else { return true }
        return i == j
    }

    /// Both author lists known, and neither first author appears among the other's first three.
    static func authorsConflict(_ a: RecordFeatures, _ b: RecordFeatures) -> Bool {
        guard let x = a.firstAuthor, let y = b.firstAuthor else { return false }
        if x.sameSurname(as: y) { return false }
        if b.authors.prefix(3).contains(where: { $0.sameSurname(as: x) }) { return false }
        if a.authors.prefix(3).contains(where: { $0.sameSurname(as: y) }) { return false }
        return true
    }
}
