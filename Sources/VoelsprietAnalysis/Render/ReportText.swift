/// Words used in rendered reports, in Dutch and English.
struct ReportText: Sendable {
    let answer, missing, notApplicable, published, difference, tests, notSignificant,
        notComputable, respondents, reference, bySplit, within, warnings, excluded, notes, selections,
        ofSelections, ofRespondents, inconsistent, more, expectedWarning, generated, cramer, andMore, summary, noDifferences, droppedCategories, hiddenGroup, smallItem, withheldNote: String
    let reasons: [String: String]

    static func forLanguage(_ language: String) -> ReportText { language == "en" ? english : dutch }

    static let dutch = ReportText(
        answer: "Antwoord", missing: "geen antwoord", notApplicable: "niet van toepassing",
        published: "gepubliceerd", difference: "verschil", tests: "Toetsing",
        notSignificant: "geen significant verschil", notComputable: "niet te toetsen",
        respondents: "respondenten", reference: "Referentie", bySplit: "naar", within: "binnen",
        warnings: "Overgeslagen waarden", excluded: "Niet in de rapportage", notes: "Over de gegevens",
        selections: "keuzes", ofSelections: "% van keuzes", ofRespondents: "% van respondenten",
        inconsistent: "De gepubliceerde tabel klopt zelf niet", more: "meer", expectedWarning: "verwachte frequentie < 5 in",
        generated: "Gemaakt met Voelspriet", cramer: "V", andMore: "en nog",
        summary: "Significante verschillen", noDifferences: "Geen enkele vergelijking is significant.",
        droppedCategories: "lege categorieën weggelaten",
        hiddenGroup: "verborgen naast een kleine groep",
        smallItem: "minder dan vijf antwoorden: niet getoond",
        withheldNote: "Antwoorden van respondenten in een verborgen kleine groep staan hier niet. De volgorde is willekeurig.",
        reasons: [
            "fewer than two non-empty rows (categories)": "alle antwoorden in één categorie",
            "fewer than two non-empty columns (groups)": "minder dan twee groepen met antwoorden",
            "the table is empty": "niemand heeft deze vraag beantwoord",
            "a group of the comparison is hidden as too small": "een groep in deze vergelijking is verborgen (te klein)",
            "hidden beside a comparison within a group that is too small":
                "verborgen naast een vergelijking binnen een groep die te klein is",
        ])

    static let english = ReportText(
        answer: "Answer", missing: "no answer", notApplicable: "not applicable",
        published: "published", difference: "difference", tests: "Tests",
        notSignificant: "no significant difference", notComputable: "not computable",
        respondents: "respondents", reference: "Reference", bySplit: "by", within: "within",
        warnings: "Skipped values", excluded: "Not in the report", notes: "About the data",
        selections: "selections", ofSelections: "% of selections", ofRespondents: "% of respondents",
        inconsistent: "The published table does not add up", more: "more", expectedWarning: "expected count < 5 in",
        generated: "Made with Voelspriet", cramer: "V", andMore: "and",
        summary: "Significant differences", noDifferences: "No comparison is significant.",
        droppedCategories: "empty categories left out",
        hiddenGroup: "hidden beside a small group",
        smallItem: "fewer than five answers: not shown",
        withheldNote: "Answers of respondents in a hidden small group are not listed. The order is random.",
        reasons: [:])

    func reason(_ text: String?) -> String {
        guard let text else { return "" }
        return reasons[text] ?? text
    }
}
