// Scopus advanced-search syntax, as Scopus' search tips (help.scopus.com, "Search tips" and
// "Boolean operators"; also the Scopus Search API guide at dev.elsevier.com) describe it and as
// checked through the `search` tool: field codes TITLE(...), TITLE-ABS(...), TITLE-ABS-KEY(...)
// wrapping a Boolean expression; double quotes make a loose phrase (wildcards allowed inside),
// * a truncation; PUBYEAR with > and <; LANGUAGE(english). Scopus evaluates OR before AND before
// AND NOT and recommends AND NOT at the end, which is where we put it. Scopus has no controlled
// vocabulary for us to use, so headings are left out.

extension SearchStrategy {
    func scopusQuery() throws(SearchStrategyError) -> String {
        var parts: [String] = []
        for block in blocks { parts.append(try scopusBlock(block)) }
        // Strict inequalities, as Scopus' own year filter writes them: 2000–2023 is
        // PUBYEAR > 1999 AND PUBYEAR < 2024.
        if let fromYear { parts.append("PUBYEAR > \(fromYear - 1)") }
        if let toYear { parts.append("PUBYEAR < \(toYear + 1)") }
        if !languages.isEmpty {
            let terms = languages.map { "LANGUAGE(\($0.rawValue))" }
            parts.append(terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")")
        }
        var query = parts.joined(separator: " AND ")
        if let exclude { query += " AND NOT " + (try scopusBlock(exclude)) }
        return query
    }

    private func scopusBlock(_ block: ConceptBlock) throws(SearchStrategyError) -> String {
        let code = switch fields {
        case .title: "TITLE"
        case .titleAbstract: "TITLE-ABS"
        case .titleAbstractKeywords: "TITLE-ABS-KEY"
        }
        let terms = block.textTerms.map { Self.needsQuotes($0) ? "\"\($0)\"" : $0 }
        guard !terms.isEmpty else { throw .emptyBlock(name: block.name, database: .scopus) }
        return "\(code)(" + terms.joined(separator: " OR ") + ")"
    }
}
