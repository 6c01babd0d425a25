import Foundation

@testable import VoelsprietLiterature

/// Hand-made records that exercise the awkward cases of each format.
enum ExportFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Export")

    /// The file's exact text; decoded by hand because Foundation's String(contentsOf:) drops a BOM.
    static func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
    }

    static func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// `VOELSPRIET_EXPORT_OUT=/tmp/x swift test --filter Export` writes what the writers produce
    /// now, to refresh the committed outputs after a deliberate change (then rerun the Python
    /// readers, see Fixtures/Export/README.md).
    static func writeIfRequested(_ text: String, name: String) {
        guard let folder = ProcessInfo.processInfo.environment["VOELSPRIET_EXPORT_OUT"] else { return }
        try? text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    static let records: [LiteratureRecord] = [
        LiteratureRecord(
            id: "scopus-1", title: "Child abuse survivors as social workers: a {qualitative} study",
            abstract: "Background: 40% of staff & students reported $ costs.\nMethods: interviews (n = 12) with #peers_workers.",
            authors: ["Smith, J. A.", "Müller-Lüdenscheidt, Ö.", "de Vries, Anne"], year: 2019, journal: "Child Abuse & Neglect",
            volume: "88", issue: "2", pages: "123–130", doi: "10.1016/j.chiabu_2019.01.002", pmid: "30712345",
            keywords: ["lived experience", "social work; practice", "wounded healer"], issn: "0145-2134",
            url: "https://example.org/a?b=1&c=2_3", language: "English", type: "JOUR", database: "Scopus"),
        LiteratureRecord(
            id: "pubmed-2", title: "Child protection workers' own histories", authors: ["J. Smith"], year: 2019,
            journal: "J Soc Work", pages: "e12", type: "Journal Article", database: "PubMed"),
        LiteratureRecord(
            id: "manual-3", title: "=HYPERLINK(\"http://evil.example\",\"click\")", abstract: "-based approach; \"quoted\", with commas",
            authors: ["@home collective"], year: nil, type: "techreport", database: "manual"),
        LiteratureRecord(
            id: "manual-4", title: "Ervaringsdeskundigheid in de jeugdzorg: een verkenning", authors: [], year: 2021,
            keywords: ["ervaringskennis"], language: "Dutch", type: "Book"),
        LiteratureRecord(
            id: "psycinfo-5", title: "The child and the helper: back-slash \\ tilde ~ caret ^", authors: ["Smith, Jane"], year: 2019,
            journal: "Psychotherapy", volume: "56", issue: "1", pages: "1-9", type: "JOUR", database: "PsycINFO"),
    ]
}
