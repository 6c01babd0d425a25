// The researcher's list of identifying terms (names, places, organisations) that pseudonymisation
// replaces by numbered placeholders before a transcript is stored.
import Foundation

/// What a term identifies; decides the placeholder stem.
public enum PseudonymKind: String, Sendable, Hashable, Codable, CaseIterable {
    case name, place, organisation

    /// "NAAM" / "NAME", "PLAATS" / "PLACE", "ORGANISATIE" / "ORGANISATION".
    public func stem(_ language: PlaceholderLanguage) -> String {
        switch (self, language) {
        case (.name, .dutch): "NAAM"
        case (.place, .dutch): "PLAATS"
        case (.organisation, .dutch): "ORGANISATIE"
        case (.name, .english): "NAME"
        case (.place, .english): "PLACE"
        case (.organisation, .english): "ORGANISATION"
        }
    }

    /// The placeholder with a number: "[NAAM1]".
    public func placeholder(_ number: Int, language: PlaceholderLanguage) -> String {
        "[\(stem(language))\(number)]"
    }
}

/// The language of placeholders: Dutch `[NAAM1]`, `[PLAATS1]`, `[ORGANISATIE1]` (the study's
/// language, the default) or English `[NAME1]`, `[PLACE1]`, `[ORGANISATION1]`.
public enum PlaceholderLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case dutch = "nl", english = "en"
}

/// One term to replace, as the researcher typed it.
///
/// The text is identifying information: keep it in memory for the import only; never store it
/// (store a keyed hash of `Pseudonymiser.key(for:)` to keep numbering consistent).
public struct PseudonymTerm: Sendable, Hashable {
    public var text: String
    public var kind: PseudonymKind
    public init(_ text: String, kind: PseudonymKind = .name) {
        self.text = text
        self.kind = kind
    }

    /// Prefixes of the term list, Dutch and English, lowercased.
    private static let prefixes: [(String, PseudonymKind)] = [
        ("naam", .name), ("name", .name), ("persoon", .name), ("person", .name),
        ("plaats", .place), ("place", .place), ("locatie", .place), ("location", .place),
        ("organisatie", .organisation), ("organisation", .organisation), ("organization", .organisation),
    ]

    /// Parses a researcher's term list: one term per line, optionally prefixed by its kind
    /// (`naam:`, `plaats:`, `organisatie:` or `name:`, `place:`, `organisation:`, any case);
    /// no prefix means a name. Blank lines and lines starting with `#` are skipped; terms with
    /// the same key (case, accents and spacing aside) are kept once, the first kind winning.
    public static func parseList(_ list: String) -> [PseudonymTerm] {
        var out: [PseudonymTerm] = []
        var seen = Set<String>()
        for raw in list.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let term = parseLine(line)
            let key = Pseudonymiser.key(for: term)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            out.append(term)
        }
        return out
    }

    private static func parseLine(_ line: String) -> PseudonymTerm {
        if let colon = line.firstIndex(of: ":") {
            let head = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            if let kind = prefixes.first(where: { $0.0 == head })?.1 {
                let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                return PseudonymTerm(rest, kind: kind)
            }
        }
        return PseudonymTerm(line, kind: .name)
    }
}

/// What one placeholder replaced in a transcript.
public struct PseudonymReplacement: Sendable, Hashable {
    public var placeholder: String
    public var kind: PseudonymKind
    /// Occurrences replaced in the text.
    public var count: Int
    /// The term(s) as the researcher typed them, to show on the import page once.
    ///
    /// **Identifying data: must never be stored, logged or sent anywhere else.** Show it to the
    /// researcher who typed it and drop it.
    public var terms: [String]
}

/// The pseudonymised transcript, what was replaced, and the placeholders newly assigned.
public struct PseudonymisationResult: Sendable {
    /// The transcript with every term replaced in its text, speakers and warnings, turn ranges
    /// shifted to the new text. This is what may be stored.
    public var transcript: Transcript
    /// One entry per placeholder used, in order of first occurrence. Contains the term texts:
    /// **never store it** (see `PseudonymReplacement.terms`).
    public var replacements: [PseudonymReplacement]
    /// key (`Pseudonymiser.key(for:)`) → placeholder, for terms that had no placeholder yet. The
    /// caller stores a keyed hash of each key with its placeholder, never the key itself (the key
    /// is the term, folded).
    public var newAssignments: [String: String]
    /// Terms that did not occur. **Identifying data: show once, never store.**
    public var unmatchedTerms: [String]
}
