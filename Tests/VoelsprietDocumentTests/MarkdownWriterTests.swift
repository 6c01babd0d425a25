import Testing
import VoelsprietDocument

@Suite struct MarkdownWriterTests {
    let markdown = MarkdownDocumentWriter().write(SampleDocuments.dutch)

    @Test func structure() {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in [
            "# Ervaringskennis in het werk", "*Tussenrapportage*", "Onderzoeksteam · 2024-05-01", "## Inhoud",
            "- [Inleiding en aanpak](#inleiding-en-aanpak)", "  - [Methode](#methode)",
            "    - [Verantwoording](#verantwoording)", "## Inleiding en aanpak", "### Methode", "#### Verantwoording",
            "**Tabel 1.** Respondenten per groep", "| Groep | n | % |", "| :--- | ---: | ---: |",
            "| Professionals | 61 | 46,6 |",
            "*Bron: quickscan, eigen bewerking.*", "| Ja, als kind | 38 | 62 |",
            "**Figuur 1.** Eigen ervaring van professionals",
            "| Stellingen over ervaringskennis | Zeer oneens (%) | Oneens (%) | Neutraal (%) | Eens (%) | Zeer eens (%) | n |",
            "> Het was heel fijn dat mijn leidinggevende daar open over was.", "> — (Prof8)",
            "> **Let op:** Dit blok kan niet worden getoond: de tabel is te klein.",
            "- professionals met eigen ervaring",
            "1. vragenlijst", "2. interviews", "1. tweede lijst, eerste punt", "---",
        ] {
            #expect(lines.contains(line), Comment(rawValue: String(describing: line)))
        }
        #expect(
            markdown.contains(
                "De quickscan is in 2021 afgenomen; 42% van de professionals is het *eens* met de stelling. Zie [de methode](#methode)."
            ))
        let expected2 = "**\\[?quickscan.T9.9.unknown\\]**"
        #expect(markdown.contains(expected2))
        // The figure's data table comes before its caption.
        let data = markdown.range(of: "| Ja, als kind")!.lowerBound
        let caption = markdown.range(of: "**Figuur 1.**")!.lowerBound
        #expect(data < caption)
    }

    @Test func markdownRoundTripsThroughTheParser() {
        let blocks = MarkdownBlocks.parse(markdown, references: { _ in nil })
        let quote = blocks.first { if case .quote = $0 { true } else { false } }
        let expected = Block.quote(
            Quote(
                text: [.text("Het was heel fijn dat mijn leidinggevende daar open over was.")], attribution: "(Prof8)"))
        #expect(quote == expected)
    }

    @Test func blockStartsAreEscaped() {
        let document = ReportDocument(
            title: "T",
            blocks: [.text("# niet kop"), .text("1. geen lijst"), .text("- geen punt"), .text("> geen citaat")])
        let markdown = MarkdownDocumentWriter().write(document)
        for line in ["\\# niet kop", "1\\. geen lijst", "\\- geen punt", "\\> geen citaat"] {
            let expected3 = "\n\(line)\n"
            #expect(markdown.contains(expected3), Comment(rawValue: String(describing: line)))
        }
    }

    /// "99.9%" in a table cell or at the start of a paragraph is not a list item: it was written
    /// as "99\.9%", which shows the backslash in many Markdown readers' tables.
    @Test func decimalsAtTheStartAreNotEscaped() {
        let document = ReportDocument(title: "T", blocks: [.text("99.9% eens"), .text("1.5 keer zo vaak"), .text("2.")])
        let markdown = MarkdownDocumentWriter().write(document)
        for line in ["99.9% eens", "1.5 keer zo vaak", "2\\."] {
            let expected = "\n\(line)\n"
            #expect(markdown.contains(expected), Comment(rawValue: String(describing: line)))
        }
    }
}
