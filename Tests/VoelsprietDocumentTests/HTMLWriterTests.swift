import Foundation
import Testing
import VoelsprietDocument

@Suite struct HTMLWriterTests {
    let html = HTMLDocumentWriter().write(SampleDocuments.dutch)

    /// The values of every `name="…"` attribute.
    func attributes(_ name: String, in html: String) -> [String] {
        let pattern = try! Regex("\(name)=\"([^\"]*)\"")
        return html.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test func standalonePageIsSelfContained() {
        let expected1 = "<!DOCTYPE html>\n<html lang=\"nl\">"
        #expect(html.hasPrefix(expected1))
        #expect(html.contains("<style>"))
        let lower = html.lowercased()
        for forbidden in ["<script", "<link", "<iframe", "<img", " src=", "@import", "url(", "javascript:"] {
            #expect(!lower.contains(forbidden), Comment(rawValue: String(describing: forbidden)))
        }
        // Links: in-document anchors, or the addresses the author wrote.
        let authored: Set<String> = ["https://example.org/studie/quickscan#T5.2"]
        for href in attributes("href", in: html) {
            #expect(href.hasPrefix("#") || authored.contains(href), Comment(rawValue: String(describing: href)))
        }
        // Inline SVG declares its namespace; that is not a resource.
        let expected4 = "<svg xmlns=\"http://www.w3.org/2000/svg\""
        #expect(html.contains(expected4))
    }

    @Test func tableOfContentsLinksResolve() {
        let ids = Set(attributes("id", in: html))
        let links = attributes("href", in: html).filter { $0.hasPrefix("#") }
        #expect(links.count >= 4)
        for link in links {
            #expect(ids.contains(String(link.dropFirst())), Comment(rawValue: String(describing: link)))
        }
        let expected6 = "<li class=\"toc-level-2\"><a href=\"#methode\">Methode</a></li>"
        #expect(html.contains(expected6))
    }

    @Test func numberedCaptionsAndPrintStyles() {
        let expected7 = "<caption><span class=\"label\">Tabel 1</span>. Respondenten per groep</caption>"
        #expect(html.contains(expected7))
        let expected8 = "<figcaption><span class=\"label\">Figuur 2</span>. Oordeel over ervaringskennis</figcaption>"
        #expect(html.contains(expected8))
        // Figure captions come after the chart, table captions before the rows.
        let svg = html.range(of: "<svg")!.lowerBound
        let figcaption = html.range(of: "<figcaption>")!.lowerBound
        #expect(svg < figcaption)
        #expect(html.contains("<thead>"))
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("thead{display:table-header-group}"))
        // The first level-1 heading follows an explicit page break; the second starts a page.
        let expected9 = "<h2 id=\"inleiding-en-aanpak\">"
        #expect(html.contains(expected9))
        let expected10 = "<h2 id=\"resultaten-een-overzicht\" class=\"new-page\">"
        #expect(html.contains(expected10))
        let expected11 = "<h4 id=\"verantwoording\">"
        #expect(html.contains(expected11))
        let expected12 = "<td class=\"align-right\">61</td>"
        #expect(html.contains(expected12))
    }

    @Test func numbersQuotesAndBrokenReferences() {
        let expected13 =
            "<a href=\"https://example.org/studie/quickscan#T5.2\" class=\"number\" data-number-id=\"quickscan.T5.2.agree_percent\" title=\"Quickscan, tabel T5.2: eens, professionals (n = 61)\">42%</a>"
        #expect(html.contains(expected13))
        let expected14 =
            "<blockquote class=\"quote\"><p>Het was heel fijn dat mijn leidinggevende daar open over was.</p><footer>(Prof8)</footer></blockquote>"
        #expect(html.contains(expected14))
        let expected15 = "class=\"broken-reference\" data-reference=\"quickscan.T9.9.unknown\""
        #expect(html.contains(expected15))
        #expect(html.contains(">[?quickscan.T9.9.unknown]</span>"))
        let expected16 = "<strong class=\"callout-label\">Let op:</strong>"
        #expect(html.contains(expected16))
    }

    @Test func fragmentIsTheArticleOnly() {
        let fragment = HTMLDocumentWriter().write(SampleDocuments.dutch, mode: .fragment)
        let expected17 = "<article class=\"report-document\" lang=\"nl\">"
        #expect(fragment.hasPrefix(expected17))
        #expect(!fragment.contains("<html"))
        #expect(!fragment.contains("<style"))
        #expect(HTMLDocumentWriter.stylesheet.contains(".report-document"))
    }

    @Test func chartsThatCannotBeDrawnBecomeWarnings() {
        let document = ReportDocument(
            title: "T", language: .english,
            blocks: [
                .figure(Figure(caption: "Empty", chart: .bars(BarChart(title: "x", bars: [])), altText: "")),
                .figure(
                    Figure(
                        caption: "No scale", chart: .diverging(DivergingChart(title: "x", rows: [], legend: [])),
                        altText: "")),
                .figure(
                    Figure(
                        caption: "Ragged",
                        chart: .diverging(
                            DivergingChart(
                                title: "x", rows: [.init(label: "a", percents: [.infinity], n: 1)],
                                legend: ["a", "b", "c"])),
                        altText: "")),
            ])
        let html = HTMLDocumentWriter().write(document)
        #expect(html.contains("This figure cannot be shown: there are no data."))
        #expect(html.contains("This figure cannot be shown: the scale has no answer categories."))
        #expect(html.contains("Figure 3</span>. Ragged"))
    }
}
