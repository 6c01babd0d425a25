import Foundation
import Testing
import VoelsprietDocument

@Suite struct MarkdownBlocksTests {
    func parse(_ markdown: String) -> [Block] { MarkdownBlocks.parse(markdown, references: SampleDocuments.references) }

    @Test func blocksOfEveryKind() {
        let markdown = """
            # Eerste
            Een regel
            die doorloopt.

            ## Tweede ##
            - een
            * twee
              vervolg
            1. alfa
            2) beta

            > Een citaat
            > over twee regels
            > — (Prof8)
            #### Diep
            """
        let blocks = parse(markdown)
        let expected: [Block] = [
            .heading(Heading(level: 1, text: "Eerste")),
            .paragraph([.text("Een regel die doorloopt.")]),
            .heading(Heading(level: 2, text: "Tweede")),
            .bulletList([[.text("een")], [.text("twee vervolg")]]),
            .numberedList([[.text("alfa")], [.text("beta")]]),
            .quote(Quote(text: [.text("Een citaat over twee regels")], attribution: "(Prof8)")),
            .heading(Heading(level: 3, text: "Diep")),
        ]
        #expect(blocks == expected)
    }

    @Test func inlineMarkup() {
        let inlines = MarkdownBlocks.parseInline(
            "a *em* **strong *both*** `x < y` [site](https://example.org) \\*no\\*", references: { _ in nil })
        let expected: [Inline] = [
            .text("a "), .emphasis([.text("em")]), .text(" "),
            .strong([.text("strong "), .emphasis([.text("both")])]), .text(" "),
            .code("x < y"), .text(" "), .link(text: "site", href: "https://example.org"), .text(" *no*"),
        ]
        #expect(inlines == expected)
    }

    @Test func referencesResolveOrAreMarkedMissing() {
        let inlines = MarkdownBlocks.parseInline(
            "{{quickscan.T5.2.agree_percent}} en {{ onbekend.key }} en {{}}", references: SampleDocuments.references)
        let expected: [Inline] = [
            .number(SampleDocuments.agree), .text(" en "), .missing("onbekend.key"), .text(" en {{}}"),
        ]
        #expect(inlines == expected)
        let keys = MarkdownBlocks.referenceKeys(in: "x {{a}} y {{b.c}} {{a}}")
        #expect(keys == ["a", "b.c", "a"])
    }

    @Test func unsafeLinksStayText() {
        for source in [
            "[klik](javascript:alert(1))", "[klik](JavaScript:alert(1))", "[klik](data:text/html,x)",
            "[klik](java\tscript:x)",
        ] {
            let inlines = MarkdownBlocks.parseInline(source, references: { _ in nil })
            let hasLink = inlines.contains { if case .link = $0 { true } else { false } }
            #expect(!hasLink, Comment(rawValue: String(describing: source)))
            #expect(inlines.plainText.contains("klik"))
        }
        for href in ["https://a.nl/x", "http://a.nl", "mailto:a@b.nl", "rapport.html", "../data/", "#methode"] {
            let inlines = MarkdownBlocks.parseInline("[t](\(href))", references: { _ in nil })
            let expected: [Inline] = [.link(text: "t", href: href)]
            #expect(inlines == expected)
        }
    }

    @Test func headingOffsetMovesHeadingsDown() {
        let blocks = MarkdownBlocks.parse("# Een\n## Twee\n### Drie", headingOffset: 1, references: { _ in nil })
        let levels = blocks.map { if case .heading(let heading) = $0 { heading.level } else { 0 } }
        #expect(levels == [2, 3, 3])
    }

    @Test func rawHTMLIsText() {
        let blocks = parse("<script>alert(1)</script> <b>vet</b>")
        let expected: [Block] = [.paragraph([.text("<script>alert(1)</script> <b>vet</b>")])]
        #expect(blocks == expected)
    }

    @Test func unmatchedMarkersStayText() {
        let inlines = MarkdownBlocks.parseInline("2 * 3 = 6, **open, `tick, [open, {{open", references: { _ in nil })
        let expected: [Inline] = [.text("2 * 3 = 6, **open, `tick, [open, {{open")]
        #expect(inlines == expected)
    }

    @Test func pathologicalInputIsFast() {
        let start = Date()
        let blocks = parse(String(repeating: "[*{{`", count: 20_000) + String(repeating: "**a ", count: 20_000))
        #expect(blocks.count == 1)
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
