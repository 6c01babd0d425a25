// Why two records were judged to be the same publication.

/// Bibliographic fields that can support a title match.
public enum BibliographicField: String, Sendable, Codable, CaseIterable {
    case firstAuthor = "first author"
    case year, journal, volume, pages, abstract
}

/// The evidence on which a record joined its cluster, for display on the review page.
public enum MatchReason: Sendable, Equatable, Codable {
    /// Same normalised DOI, titles not contradicting.
    case doi
    /// Same PubMed id, titles not contradicting.
    case pmid
    /// Same or nearly the same title, supported by other fields.
    /// `titleSimilarity` is 1 − (edit distance / longer length) of the compact titles (1 for
    /// equal normalised titles); `score` in [0, 1] is the mean of `titleSimilarity` and the net
    /// field evidence (agreeing minus contradicting fields, out of 6); `agreeing` lists the
    /// fields that matched.
    case bibliographic(score: Double, titleSimilarity: Double, agreeing: [BibliographicField])

    /// 1 for an identifier match, else the bibliographic score.
    public var score: Double {
        switch self {
        case .doi, .pmid: 1
        case .bibliographic(let score, _, _): score
        }
    }

    /// Short human description, e.g. "same DOI" or "title 97% similar; same first author, year, pages".
    public var summary: String {
        switch self {
        case .doi: return "same DOI"
        case .pmid: return "same PubMed id"
        case .bibliographic(_, let similarity, let agreeing):
            let title = similarity >= 1 ? "same title" : "title \(Int((similarity * 100).rounded(.down)))% similar"
            let fields = agreeing.map(\.rawValue).joined(separator: ", ")
            return fields.isEmpty ? title : "\(title); same \(fields)"
        }
    }

    /// Ordering strength used when clustering: identifiers first, then by score.
    var strength: Double {
        switch self {
        case .doi: 3
        case .pmid: 2
        case .bibliographic(let score, _, _): score
        }
    }
}
