/// The file formats `LiteratureImporter` reads. The raw value names the format in summaries
/// and JSON (an interface: keep it).
public enum ExportFormat: String, Sendable, Codable, CaseIterable {
    /// RIS (`TY  - ` … `ER  - `), as written by Scopus, Ovid, EBSCO, Embase, ProQuest, Web of
    /// Science, Zotero, EndNote and most reference managers.
    case ris
    /// PubMed MEDLINE text (`PMID- `, four-character tags, six-space continuation lines).
    case medline
    /// Web of Science plain text ("field tagged", `FN`/`PT` … `ER`/`EF`, also `.ciw`).
    case wosPlain = "wos-plain"
    /// Web of Science tab-delimited (a header of field tags such as `PT AU … UT`).
    case wosTab = "wos-tab"
    /// Scopus CSV export (`Link` to scopus.com, `EID`, `Source title` columns).
    case scopusCSV = "scopus-csv"
    /// Any other delimited table with a title, abstract or DOI column (delimiter detected).
    case csv
    /// BibTeX (`@article{key, …}`).
    case bibtex
}
