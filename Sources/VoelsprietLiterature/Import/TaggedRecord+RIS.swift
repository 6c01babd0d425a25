import Foundation

/// RIS field mapping (tags as the RIS specification and the exporting databases use them).
extension TaggedRecord {
    /// Maps a RIS record. Title `TI` > `T1` > `CT`; abstract `AB` > `N2` (repeated tags are
    /// joined); authors `AU` and `A1` in source order (`A2`–`A4` are editors, series authors);
    /// year `PY` > `Y1` > `DA`; journal `T2` > `JF` > `JO` > `JA` > `J2` > `T3`; pages `SP`-`EP`;
    /// DOI `DO` > `DI` > a doi.org link in `UR`/`L2`/`L3`/`LK`/`M3`/`N1`.
    func risRecord(id: String) -> LiteratureRecord {
        var record = LiteratureRecord(id: id)
        record.type = first("TY")
        record.title = first("TI", "T1", "CT")
        record.abstract = joined("AB") ?? joined("N2")
        record.authors = lineItems(["AU", "A1"])
        record.year = yearFromTags(["PY", "Y1", "DA"])
        record.journal = first("T2", "JF", "JO", "JA", "J2", "T3")
        record.volume = first("VL")
        record.issue = first("IS", "CP")
        record.pages = FieldNormalizer.pages(start: first("SP"), end: first("EP"))
        record.doi = risDOI()
        record.pmid = risPMID()
        record.keywords = lineItems(["KW"])
        record.issn = first("SN")
        record.url = first("UR", "L2")
        record.language = first("LA")
        return record
    }

    private func yearFromTags(_ tags: [String]) -> Int? {
        for tag in tags {
            for value in texts(tag) {
                if let year = FieldNormalizer.year(value) { return year }
            }
        }
        return nil
    }

    private func risDOI() -> String? {
        for tag in ["DO", "DI"] {
            for value in texts(tag) {
                if let doi = FieldNormalizer.doi(value) { return doi }
            }
        }
        for tag in ["UR", "L2", "L3", "LK", "M3"] {
            for value in texts(tag) where value.containsBytes("doi.org/") {
                if let doi = FieldNormalizer.doi(value) { return doi }
            }
        }
        return nil
    }

    /// PMID from a PubMed link, or from `AN` when the provider is NLM (EndNote's PubMed RIS).
    private func risPMID() -> String? {
        for tag in ["UR", "L2", "L1"] {
            for value in texts(tag) where value.containsBytes("nih.gov/pubmed") || value.containsBytes("pubmed.ncbi") {
                for marker in ["pubmed.ncbi.nlm.nih.gov/", "ncbi.nlm.nih.gov/pubmed/"] {
                    if let range = value.range(of: marker) {
                        let digits = value[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
                        if !digits.isEmpty { return String(digits) }
                    }
                }
            }
        }
        if first("DP") == "NLM", let an = first("AN"), an.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return an
        }
        return nil
    }
}
