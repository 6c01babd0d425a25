/// Web of Science field mapping (tags as in Clarivate's "Web of Science Core Collection field
/// tags"); used for plain text and, through the same tag names, for tab-delimited exports.
extension TaggedRecord {
    /// Title `TI`; abstract `AB`; authors `AU` (> `AF`), one per line; year `PY` (> `EA` early
    /// access date); journal `SO`; volume `VL`; issue `IS`; pages `BP`-`EP` (> `AR` article
    /// number); DOI `DI`; PMID `PM`; keywords `DE` then `ID` (split on `;`); ISSN `SN` > `EI`;
    /// type `DT` > `PT`.
    func wosRecord(id: String) -> LiteratureRecord {
        var record = LiteratureRecord(id: id)
        record.title = first("TI")
        record.abstract = joined("AB")
        let authors = lineItems(["AU"])
        record.authors = authors.isEmpty ? lineItems(["AF"]) : authors
        record.year = FieldNormalizer.year(first("PY")) ?? FieldNormalizer.year(first("EA"))
        record.journal = first("SO")
        record.volume = first("VL")
        record.issue = first("IS")
        record.pages = FieldNormalizer.pages(start: first("BP"), end: first("EP")) ?? first("AR")
        record.doi = FieldNormalizer.doi(first("DI"))
        record.pmid = first("PM")
        record.keywords = (texts("DE") + texts("ID")).flatMap { $0.split(separator: ";").map { $0.trimmingSpaces() } }.filter { !$0.isEmpty }
        record.issn = first("SN", "EI")
        record.language = first("LA")
        record.type = first("DT", "PT")
        return record
    }
}
