import Foundation
import Testing
import VoelsprietDocument

@Suite struct EscapingTests {
    static let forbiddenScalars: [Unicode.Scalar] = ["\u{0}", "\u{7}", "\u{1B}", "\u{202E}", "\u{202C}", "\u{200F}"]

    func hasForbiddenScalar(_ text: String) -> Bool {
        text.unicodeScalars.contains { Self.forbiddenScalars.contains($0) }
    }

    @Test func html() {
        let html = HTMLDocumentWriter().write(SampleDocuments.hostileDocument)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("javascript:"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(!hasForbiddenScalar(html))
        // The hostile id became a clean anchor; the hostile data attribute stayed quoted.
        let expected1 = "<h2 id=\"script-alert-x-script-q-evil-x-y\">"
        #expect(html.contains(expected1))
        let expected2 = "data-number-id=\"&lt;script&gt;"
        #expect(html.contains(expected2))
        let expected3 = "<a href=\"https://example.org/?a=1&amp;b=%222%22\">ok</a>"
        #expect(html.contains(expected3))
        #expect(html.contains("[?&lt;script&gt;"))
    }

    @Test func markdown() {
        let markdown = MarkdownDocumentWriter().write(SampleDocuments.hostileDocument)
        // Outside code spans (which show their content literally) no markup character is bare.
        let outsideCode = markdown.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined()
        let escapedAngle = "\\<"
        let bare = outsideCode.replacingOccurrences(of: escapedAngle, with: "")
        #expect(!bare.contains("<"))
        let expected4 = "`<script>alert(\"x\")</script> & 'q' evil ]]> *x* | # {{y}}`"
        #expect(markdown.contains(expected4))
        let expected5 = "\\<script\\>alert(\"x\")\\</script\\> \\& 'q' evil \\]\\]\\> \\*x\\* \\| # \\{\\{y\\}\\}"
        #expect(markdown.contains(expected5))
        #expect(!markdown.contains("javascript"))
        #expect(!hasForbiddenScalar(markdown))
        // Table rows keep their column count: every pipe in the text is escaped.
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for row in rows {
            let unescaped = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescaped == 3 || unescaped == 4, Comment(rawValue: String(describing: row)))
        }
    }

    @Test func docx() throws {
        let parts = try TestSupport.entries(try DocxWriter().write(SampleDocuments.hostileDocument))
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix(".svg") {
            #expect(TestSupport.xmlProblem(data) == nil, Comment(rawValue: String(describing: path)))
            #expect(
                !hasForbiddenScalar(String(decoding: data, as: UTF8.self)), Comment(rawValue: String(describing: path)))
        }
        let text = WordTextCollector.text(parts["word/document.xml"]!)
        let expected9 = "<script>alert(\"x\")</script> & 'q' evil ]]> *x* | # {{y}}"
        #expect(text.contains(expected9))
        let relationships = String(decoding: parts["word/_rels/document.xml.rels"]!, as: UTF8.self)
        #expect(!relationships.contains("javascript"))
        let expected10 = "Target=\"https://example.org/?a=1&amp;b=%222%22\""
        #expect(relationships.contains(expected10))
        let core = String(decoding: parts["docProps/core.xml"]!, as: UTF8.self)
        #expect(core.contains("<dc:title>&lt;script&gt;"))
        #expect(!core.contains("dcterms:created"))
    }
}
