/// The words the composer adds to a report, in Dutch and English.
struct ComposerText: Sendable {
    let noRight: String
    let smallGroup: String
    let noData: String
    let unknownItem: String
    let unknownCode: String
    let itemWithheld: String
    let category: String
    let total: String
    let stage: String
    let prismaCaption: String
    let includedCaption: String
    let authors: String
    let year: String
    let title: String
    let journal: String
    let noneIncluded: String
    let noneSignificant: String
    let significantIntro: String
    let quotesMissing: String
    let noQuotes: String
    let agreementCaption: String
    let code: String
    let percentAgreement: String
    let allCodes: String
    let noFocusGroupFragments: String
    let parts: [StudyPart: String]
    let prismaStages: [String]

    static let dutch = ComposerText(
        noRight: "Dit blok toont %@; uw rol in de studie geeft daar geen recht op.",
        smallGroup: "verborgen: te kleine groep",
        noData: "Dit blok toont %@; daar zijn nog geen gegevens van.",
        unknownItem: "Dit blok noemt vraag '%@', maar die staat niet (meer) in de vragenlijst.",
        unknownCode: "Dit blok noemt een code die niet (meer) in het codeboek staat.",
        itemWithheld: "De antwoorden op deze vraag worden niet getoond: te weinig respondenten beantwoordden haar.",
        category: "Antwoord", total: "Totaal", stage: "Stap",
        prismaCaption: "Stroomdiagram van de literatuurselectie (PRISMA 2020)",
        includedCaption: "Geïncludeerde bronnen", authors: "Auteurs", year: "Jaar", title: "Titel", journal: "Tijdschrift",
        noneIncluded: "Er zijn (nog) geen bronnen geïncludeerd.",
        noneSignificant: "Geen van de vergelijkingen is significant.",
        significantIntro: "Vergelijkingen met een significante chi-kwadraattoets:",
        quotesMissing: "%d gekozen citaat/citaten zijn niet (meer) zichtbaar voor u of verwijderd.",
        noQuotes: "Er zijn nog geen citaten gekozen.",
        agreementCaption: "Overeenstemming tussen codeurs (per teken)",
        code: "Code", percentAgreement: "% overeenstemming", allCodes: "Alle codes",
        noFocusGroupFragments: "Geen fragmenten met deze code uit focusgroepen.",
        parts: [.text: "tekst", .literature: "het literatuuronderzoek", .quickscan: "de quickscan", .interviews: "de interviews en focusgroepen", .agreement: "de overeenstemming tussen codeurs"],
        prismaStages: [
            "Records gevonden in databases", "Dubbele records verwijderd", "Records gescreend (titel/abstract)",
            "Uitgesloten bij screening", "Volledige teksten gezocht", "Volledige teksten niet gevonden",
            "Volledige teksten beoordeeld", "Uitgesloten na volledige tekst", "Studies geïncludeerd",
        ])

    static let english = ComposerText(
        noRight: "This block shows %@; your role in the study does not allow that.",
        smallGroup: "hidden: group too small",
        noData: "This block shows %@; there is no data for it yet.",
        unknownItem: "This block names item '%@', which is not (or no longer) in the questionnaire.",
        unknownCode: "This block names a code that is not (or no longer) in the codebook.",
        itemWithheld: "The answers to this item are not shown: too few respondents answered it.",
        category: "Answer", total: "Total", stage: "Stage",
        prismaCaption: "Flow of the literature selection (PRISMA 2020)",
        includedCaption: "Included sources", authors: "Authors", year: "Year", title: "Title", journal: "Journal",
        noneIncluded: "No sources have been included (yet).",
        noneSignificant: "None of the comparisons is significant.",
        significantIntro: "Comparisons with a significant chi-square test:",
        quotesMissing: "%d chosen quote(s) are not visible to you or were deleted.",
        noQuotes: "No quotes have been chosen yet.",
        agreementCaption: "Agreement between coders (per character)",
        code: "Code", percentAgreement: "% agreement", allCodes: "All codes",
        noFocusGroupFragments: "No fragments with this code from focus groups.",
        parts: [.text: "text", .literature: "the literature review", .quickscan: "the quickscan", .interviews: "the interviews and focus groups", .agreement: "the agreement between coders"],
        prismaStages: [
            "Records identified in databases", "Duplicate records removed", "Records screened (title/abstract)",
            "Excluded at screening", "Reports sought", "Reports not retrieved",
            "Reports assessed", "Excluded after full text", "Studies included",
        ])

    static func of(english: Bool) -> ComposerText { english ? .english : .dutch }

    func filled(_ template: String, _ value: String) -> String { template.replacingOccurrences(of: "%@", with: value) }
    func filled(_ template: String, _ value: Int) -> String { template.replacingOccurrences(of: "%d", with: String(value)) }
}
