/// MEDLINE field mapping (tags as in the NLM "MEDLINE/PubMed data element descriptions").
extension TaggedRecord {
    /// Title `TI` (> `BTI` for books); abstract `AB`; authors `AU` (or `FAU` when no `AU`);
    /// year from `DP`; journal `JT` > `TA`; volume `VI`; issue `IP`; pages `PG`; DOI from `AID`
    /// or `LID` values ending in `[doi]`; keywords `OT` then `MH`; ISSN first `IS`; type first `PT`.
    func medlineRecord(id: String) -> LiteratureRecord {
        var record = LiteratureRecord(id: id)
        record.title = first("TI", "BTI")
        record.abstract = joined("AB")
        let authors = texts("AU")
        record.authors = authors.isEmpty ? texts("FAU") : authors
        record.year = FieldNormalizer.year(first("DP"))
        record.journal = first("JT", "TA")
        record.volume = first("VI")
        record.issue = first("IP")
        record.pages = first("PG")
        record.doi = medlineDOI()
        record.pmid = first("PMID")
        record.keywords = texts("OT") + texts("MH")
        record.issn = first("IS").map { FieldNormalizer.stripParenthetical($0) }
        record.language = first("LA")
        record.type = first("PT")
        return record
    }

    private func medlineDOI() -> String? {
        for tag in ["AID", "LID"] {
            for value in texts(tag) where value.hasSuffix("[doi]") {
                if let doi = FieldNormalizer.doi(value) { return doi }
            }
        }
        return nil
    }
}

extension FieldNormalizer {
    /// `1879-1026 (Electronic)` → `1879-1026`.
    static func stripParenthetical(_ text: String) -> String {
        guard let open = text.firstIndex(of: "(") else { return text }
        return String(text[..<open]).trimmingSpaces()
    }
}
