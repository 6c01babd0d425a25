import Foundation
import VoelsprietDocument

/// Documents the tests write: a Dutch sample with every block kind, and hostile text.
enum SampleDocuments {
    static let agree = NumberRef(
        display: "42%", id: "quickscan.T5.2.agree_percent",
        title: "Quickscan, tabel T5.2: eens, professionals (n = 61)",
        href: "https://example.org/studie/quickscan#T5.2")

    static func references(_ key: String) -> Inline? {
        key == agree.id ? .number(agree) : nil
    }

    static let barChart = Chart.bars(
        BarChart(
            title: "Eigen ervaring met een onveilige thuissituatie",
            bars: [
                .init(label: "Ja, als kind", count: 38, percent: 62.3),
                .init(label: "Ja, als volwassene", count: 9, percent: 14.8),
                .init(label: "Nee", count: 14, percent: 22.9),
            ], note: "n = 61"))

    static let divergingChart = Chart.diverging(
        DivergingChart(
            title: "Stellingen over ervaringskennis",
            rows: [
                .init(
                    label: "Ervaringskennis is waardevol in het werk met cliënten", percents: [3, 7, 15, 45, 30], n: 61),
                .init(
                    label:
                        "Mijn organisatie geeft ruimte om eigen ervaring in te zetten (ook bij één-op-één gesprekken met ouders en kinderen)",
                    percents: [10, 20, 30, 25, 15], n: 58),
            ],
            legend: ["Zeer oneens", "Oneens", "Neutraal", "Eens", "Zeer eens"]))

    static var dutch: ReportDocument {
        var blocks: [Block] = [
            .tableOfContents,
            .heading(Heading(level: 1, text: "Inleiding en aanpak")),
            .paragraph([
                .text("De quickscan is in 2021 afgenomen; "), .number(agree), .text(" van de professionals is het "),
                .emphasis([.text("eens")]), .text(" met de stelling. Zie "),
                .link(text: "de methode", href: "#methode"), .text("."),
            ]),
            .bulletList([[.text("professionals met eigen ervaring")], [.text("studenten zonder eigen ervaring")]]),
            .heading(Heading(level: 2, text: "Methode", id: "methode")),
            .numberedList([[.text("vragenlijst")], [.text("interviews")]]),
            .numberedList([[.text("tweede lijst, eerste punt")]]),
            .table(
                Table(
                    caption: "Respondenten per groep", header: [["Groep", "n", "%"]],
                    body: [["Professionals", "61", "46,6"], ["Studenten", "70", "53,4"], ["Totaal", "131", "100"]],
                    alignments: [.left, .right, .right], note: "Bron: quickscan, eigen bewerking.")),
            .heading(Heading(level: 1, text: "Resultaten: één overzicht")),
            .figure(
                Figure(
                    caption: "Eigen ervaring van professionals", chart: barChart,
                    altText: "Staafdiagram: 62% ja als kind")),
            .figure(
                Figure(
                    caption: "Oordeel over ervaringskennis", chart: divergingChart,
                    altText: "Gestapelde balken per stelling")),
            .quote(
                Quote(
                    text: [.text("Het was heel fijn dat mijn leidinggevende daar open over was.")],
                    attribution: "(Prof8)")),
            .warning("Dit blok kan niet worden getoond: de tabel is te klein."),
            .heading(Heading(level: 3, text: "Verantwoording")),
            .paragraph([.text("Een ontbrekende waarde: "), .missing("quickscan.T9.9.unknown"), .text(".")]),
        ]
        blocks.insert(.pageBreak, at: 1)
        return ReportDocument(
            title: "Ervaringskennis in het werk", subtitle: "Tussenrapportage", language: .dutch,
            metadata: DocumentMetadata(author: "Onderzoeksteam", date: "2024-05-01"), blocks: blocks)
    }

    /// Text meant to break out of every format.
    static let hostile =
        "<script>alert(\"x\")</script> & 'q' \u{0}\u{7}\u{1B}\u{202E}evil\u{202C}\u{200F} ]]> *x* | # {{y}}"

    static var hostileDocument: ReportDocument {
        ReportDocument(
            title: hostile, subtitle: hostile, language: .english,
            metadata: DocumentMetadata(author: hostile, date: hostile),
            blocks: [
                .heading(Heading(level: 1, text: hostile, id: hostile)),
                .paragraph([.text(hostile), .strong([.text(hostile)]), .code(hostile)]),
                .paragraph([
                    .link(text: hostile, href: "javascript:alert(1)"),
                    .link(text: "ok", href: "https://example.org/?a=1&b=\"2\""),
                ]),
                .paragraph([
                    .number(NumberRef(display: hostile, id: hostile, title: hostile, href: "java\tscript:alert(1)"))
                ]),
                .table(
                    Table(
                        caption: hostile, header: [[TableCell(hostile)]],
                        body: [[TableCell(hostile), TableCell(hostile)]], note: hostile)),
                .figure(
                    Figure(
                        caption: hostile,
                        chart: .bars(
                            BarChart(
                                title: hostile, bars: [.init(label: hostile, count: 1, percent: .nan)], note: hostile)),
                        altText: hostile)),
                .quote(Quote(text: [.text(hostile)], attribution: hostile)),
                .callout(Callout(kind: .note, text: [.text(hostile)])),
                .paragraph([.missing(hostile)]),
            ])
    }
}
