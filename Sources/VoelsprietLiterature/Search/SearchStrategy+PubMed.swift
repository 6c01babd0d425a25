// PubMed syntax, as the PubMed User Guide (pubmed.ncbi.nlm.nih.gov/help) describes it and as
// checked through the `search` tool: field tags in square brackets after the term ([tiab]
// title/abstract, [ti] title, [ot] other term = author keywords, [Mesh] exploded MeSH heading,
// [Mesh:NoExp] not exploded, [dp] publication date, [lang] language); phrases in double quotes
// ("child abuse"[tiab]); truncation with a trailing * (abus*[tiab], also inside a quoted phrase
// since 2022); a date range as two dates joined by a colon, ("2000"[dp] : "2023"[dp]); Boolean
// operators in capitals, evaluated left to right, so NOT is put last.

extension SearchStrategy {
    /// Open ends of a PubMed date range: PubMed's own convention for "up to now" is 3000.
    static let pubmedOpenStart = 1000
    static let pubmedOpenEnd = 3000

    func pubmedQuery() throws(SearchStrategyError) -> String {
        var parts: [String] = []
        for block in blocks { parts.append(try pubmedBlock(block)) }
        if fromYear != nil || toYear != nil {
            let from = fromYear ?? Self.pubmedOpenStart
            let to = toYear ?? Self.pubmedOpenEnd
            parts.append("(\"\(from)\"[dp] : \"\(to)\"[dp])")
        }
        if !languages.isEmpty {
            let terms = languages.map { "\($0.name)[lang]" }
            parts.append(terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")")
        }
        var query = parts.joined(separator: " AND ")
        if let exclude { query += " NOT " + (try pubmedBlock(exclude)) }
        return query
    }

    private func pubmedBlock(_ block: ConceptBlock) throws(SearchStrategyError) -> String {
        let tags: [String] = switch fields {
        case .title: ["ti"]
        case .titleAbstract: ["tiab"]
        case .titleAbstractKeywords: ["tiab", "ot"]
        }
        var terms: [String] = []
        for text in block.textTerms {
            let written = Self.needsQuotes(text) ? "\"\(text)\"" : text
            terms += tags.map { "\(written)[\($0)]" }
        }
        for heading in block.headings(.mesh) {
            terms.append("\"\(heading.label)\"[\(heading.explode ? "Mesh" : "Mesh:NoExp")]")
        }
        guard !terms.isEmpty else { throw .emptyBlock(name: block.name, database: .pubmed) }
        return "(" + terms.joined(separator: " OR ") + ")"
    }

    /// PubMed and Scopus: anything but letters, digits and the truncation mark is quoted, so
    /// phrases and hyphenated words ("well-being") are searched as written.
    static func needsQuotes(_ text: String) -> Bool {
        text.contains { !($0.isLetter || $0.isNumber || $0 == "*") }
    }
}
