/// The respondent-texts page's texts, Dutch by default, English available (same keys).
struct RespondentTextsText: KeyedTexts {
    let words: [String: String]

    static func forLanguage(_ language: String) -> RespondentTextsText {
        RespondentTextsText(words: language == "en" ? english : dutch)
    }

    static let dutch: [String: String] = [
        "title": "Teksten voor respondenten", "language": "Taal",
        "introduction": "Introductie op de eerste pagina (leeg: die van de vragenlijst)",
        "thanks": "Tekst na het versturen (leeg: de standaardzin)",
        "links": "Hulplinks, één per regel: naam | adres (https:// of tel:) | toelichting",
        "linksNote": "Elke taal heeft evenveel regels, in dezelfde volgorde. Geen regels: geen hulplinks op de pagina's.",
        "offer": "Na het versturen aanbieden om apart contactgegevens achter te laten voor een interview",
        "save": "Opslaan", "notice_saved": "De teksten zijn opgeslagen.",
        "preview": "Bekijk ze in de testmodus",
    ]

    static let english: [String: String] = [
        "title": "Texts for respondents", "language": "Language",
        "introduction": "Introduction on the first page (empty: the questionnaire's own)",
        "thanks": "Text after sending (empty: the standard sentence)",
        "links": "Help links, one per line: name | address (https:// or tel:) | description",
        "linksNote": "Every language has as many lines, in the same order. No lines: no help links on the pages.",
        "offer": "After sending, offer to leave contact details separately for an interview",
        "save": "Save", "notice_saved": "The texts were saved.",
        "preview": "See them in test mode",
    ]
}
