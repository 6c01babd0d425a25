import Foundation
import Testing
import VoelsprietDocument

/// Writes the sample document in every format (and its charts as PNG) into the folder named by
/// VOELSPRIET_DOCUMENT_OUT, for looking at them; Fixtures/verify_png.py checks the PNGs with
/// Pillow. Does nothing without the variable.
@Suite struct SampleOutputTests {
    static let folder = ProcessInfo.processInfo.environment["VOELSPRIET_DOCUMENT_OUT"]

    @Test(.enabled(if: folder != nil, "VOELSPRIET_DOCUMENT_OUT not set"))
    func writeSamples() throws {
        let folder = URL(fileURLWithPath: Self.folder ?? "")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let document = SampleDocuments.dutch
        try DocxWriter().write(document).write(to: folder.appendingPathComponent("sample.docx"))
        try DocxWriter().write(SampleDocuments.hostileDocument).write(to: folder.appendingPathComponent("hostile.docx"))
        try Data(HTMLDocumentWriter().write(document).utf8).write(to: folder.appendingPathComponent("sample.html"))
        try Data(MarkdownDocumentWriter().write(document).utf8).write(to: folder.appendingPathComponent("sample.md"))
        let long = Chart.diverging(
            DivergingChart(
                title: String(repeating: "Een heel lange titel over ervaringsdeskundigheid ", count: 4),
                rows: [
                    .init(
                        label: String(
                            repeating: "Zeer lange stelling met woorden als ‘ervaringskennis’ en “inzet” – ", count: 4),
                        percents: [20, 0, 80], n: 7),
                    .init(label: "Onbekende tekens: ş 中 ĳ €", percents: [33.3, 33.3, 33.4], n: 12),
                ],
                legend: ["Oneens", "Neutraal", "Eens"]))
        for (name, chart) in [
            ("bars", SampleDocuments.barChart), ("diverging", SampleDocuments.divergingChart), ("long", long),
        ] {
            let image = try #require(ChartPNG.render(chart))
            try image.png.write(to: folder.appendingPathComponent("\(name).png"))
        }
    }
}
