import Testing

@testable import VoelsprietAnalysis

/// Finding 7: escaping per Swift `Character` let `"` followed by a combining accent (U+0301)
/// through unescaped, because the pair is one Character that is not `"`. Every escaper works
/// per Unicode scalar.
@Suite("Escaping per Unicode scalar")
struct EscapingTests {
    static let hostile = "q\"\u{301} autofocus onfocus=alert(1) '\u{301}<\u{301}script>&\u{301}|\u{301}*\u{301}"

    @Test("HTML and SVG: every quote, bracket and ampersand is replaced, whatever combines with it")
    func markup() {
        let escaped = MarkupEscape.html(Self.hostile)
        for raw in ["\"", "'", "<", ">"] { #expect(!escaped.unicodeScalars.contains(raw.unicodeScalars.first!), "\(raw)") }
        #expect(escaped.hasPrefix("q&quot;\u{301} autofocus"))
        #expect(escaped.contains("&#39;\u{301}&lt;\u{301}script&gt;&amp;\u{301}"))
        #expect(SVGChart.escape(Self.hostile) == escaped)
    }

    @Test("Markdown: table pipes and emphasis marks are escaped even with a combining mark after them")
    func markdown() {
        let renderer = MarkdownRenderer(
            report: AnalysisReport(
                title: "t", n: 0, language: "nl", alpha: 0.05, style: "nl", minimumGroupSize: 5, splits: [], items: [], notes: [],
                warnings: [], warningCount: 0, excluded: []))
        let escaped = renderer.escape(Self.hostile)
        #expect(escaped.contains("\\|\u{301}") && escaped.contains("\\*\u{301}") && escaped.contains("\\<\u{301}"))
        // No unescaped pipe is left to split a table cell.
        let scalars = Array(escaped.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "|" { #expect(index > 0 && scalars[index - 1] == "\\") }
    }
}
