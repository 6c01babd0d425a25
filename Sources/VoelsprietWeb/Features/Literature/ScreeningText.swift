/// Texts of the screening, conflict and assignment pages (Dutch default, English).
struct ScreeningText: Sendable {
    let title, intro, stageTitleAbstract, stageFullText, reviewers, noReviewers, yourProgress, notAssigned, start, allDone: String
    let records, awaiting, agreedInclude, agreedExclude, conflicts, resolved, kappa, kappaPair, kappaRecords, kappaUndefined: String
    let include, exclude, maybe, keysHint, reason, reasonRequired, chooseReason, otherReason, decide, yourDecision, change: String
    let prioritised, storedOrder, consecutiveIrrelevant, estimatedRecall, abstractMissing, fullText, noFullText, progress: String
    let conflictsTitle, conflictsIntro, noConflicts, resolve, method, thirdReviewer, consensus, outcome, decisionOf: String
    let assignTitle, assignIntro, save, criteriaTitle, criteriaIntro, languages, fromYear, toYear, topics, settingsLabel, freeCriteria,
        onePerLine, includeKeywords, excludeKeywords, maybePolicy, maybeDiscuss, maybeInclude, extractionFields: String
    let strategyTitle, strategyIntro, block, terms, termsNote, queries, strategyFields, saveStrategy: String
    let recordTitle, fullTextLink, fullTextFile, attach, extraction, saveExtraction, back: String
    let exclusionReasons: [String]
    let notices: [String: String]

    static func forLanguage(_ language: String) -> ScreeningText { language == "en" ? .english : .dutch }

    func stageName(_ raw: String) -> String { raw == "full_text" ? stageFullText : stageTitleAbstract }

    static let dutch = ScreeningText(
        title: "Screenen", intro: "Twee of meer beoordelaars beslissen elk record onafhankelijk; niemand ziet de beslissing van een ander voordat iedereen heeft beslist.",
        stageTitleAbstract: "Titel en samenvatting", stageFullText: "Volledige tekst", reviewers: "Beoordelaars", noReviewers: "nog niemand toegewezen",
        yourProgress: "Uw voortgang", notAssigned: "U bent niet toegewezen aan deze fase.", start: "Screenen", allDone: "U hebt alle records in deze fase beoordeeld.",
        records: "records", awaiting: "wacht op beoordelaars", agreedInclude: "eens: insluiten", agreedExclude: "eens: uitsluiten", conflicts: "conflicten",
        resolved: "opgelost", kappa: "Overeenstemming (Cohens kappa)", kappaPair: "Beoordelaars", kappaRecords: "records",
        kappaUndefined: "niet te berekenen",
        include: "Insluiten", exclude: "Uitsluiten", maybe: "Misschien", keysHint: "Toetsen: i = insluiten, e = uitsluiten, m = misschien, j/k = volgende/vorige record overslaan.",
        reason: "Reden", reasonRequired: "verplicht bij uitsluiten", chooseReason: "kies een reden", otherReason: "andere reden",
        decide: "Beslissen", yourDecision: "Uw beslissing", change: "wijzigen",
        prioritised: "Volgorde: meest waarschijnlijk relevant eerst (het model leert van uw beslissingen).", storedOrder: "Volgorde: zoals geïmporteerd (het model begint na één relevante en één niet-relevante beslissing).",
        consecutiveIrrelevant: "niet-relevante records op rij", estimatedRecall: "geschatte gevonden fractie van de relevante records",
        abstractMissing: "(geen samenvatting)", fullText: "Volledige tekst", noFullText: "Nog geen volledige tekst bij dit record.", progress: "beoordeeld",
        conflictsTitle: "Conflicten", conflictsIntro: "Records waarover de beoordelaars verschillen (of 'misschien' zeiden). Een derde beoordelaar of de beoordelaars samen beslissen.",
        noConflicts: "Geen conflicten.", resolve: "Beslissen", method: "Hoe", thirdReviewer: "derde beoordelaar", consensus: "in overleg",
        outcome: "Uitkomst", decisionOf: "Beslissing van",
        assignTitle: "Beoordelaars toewijzen", assignIntro: "Per fase de leden die screenen (rol leider, analist of codeur). Twee of meer per fase voor dubbele, blinde screening.",
        save: "Opslaan", criteriaTitle: "Inclusiecriteria", criteriaIntro: "Per fase de criteria waaraan een record moet voldoen; ze staan naast elk record tijdens het screenen.",
        languages: "Talen (codes, zoals en, nl)", fromYear: "Vanaf jaar", toYear: "Tot en met jaar", topics: "Onderwerp", settingsLabel: "Setting",
        freeCriteria: "Overige criteria", onePerLine: "één per regel", includeKeywords: "Woorden om groen te markeren", excludeKeywords: "Woorden om rood te markeren",
        maybePolicy: "'Misschien' betekent", maybeDiscuss: "bespreken (telt als conflict)", maybeInclude: "door naar volledige tekst (als insluiten)",
        extractionFields: "Velden voor data-extractie",
        strategyTitle: "Zoekstrategie", strategyIntro: "Begripsblokken: termen binnen een blok met OF, blokken met EN. Hieronder de zoekopdracht voor elke database, om te kopiëren.",
        block: "Blok", terms: "Termen", termsNote: "één per regel; * voor afkappen; MeSH: Domestic Violence of APA: Child Abuse voor trefwoorden", queries: "Zoekopdrachten",
        strategyFields: "Zoeken in", saveStrategy: "Strategie opslaan",
        recordTitle: "Record", fullTextLink: "Link naar de volledige tekst", fullTextFile: "PDF", attach: "Toevoegen", extraction: "Data-extractie",
        saveExtraction: "Extractie opslaan", back: "Terug",
        exclusionReasons: ["Verkeerde populatie", "Verkeerd onderwerp", "Verkeerde setting", "Verkeerde publicatievorm", "Taal", "Jaar van publicatie", "Volledige tekst niet te krijgen"],
        notices: ["decided": "Beslissing opgeslagen.", "resolved": "Conflict opgelost.", "assigned": "Beoordelaars opgeslagen.", "saved": "Opgeslagen.", "attached": "Volledige tekst toegevoegd."])

    static let english = ScreeningText(
        title: "Screening", intro: "Two or more reviewers decide each record independently; nobody sees another's decision before everyone has decided.",
        stageTitleAbstract: "Title and abstract", stageFullText: "Full text", reviewers: "Reviewers", noReviewers: "nobody assigned yet",
        yourProgress: "Your progress", notAssigned: "You are not assigned to this stage.", start: "Screen", allDone: "You have decided every record at this stage.",
        records: "records", awaiting: "awaiting reviewers", agreedInclude: "agreed: include", agreedExclude: "agreed: exclude", conflicts: "conflicts",
        resolved: "resolved", kappa: "Agreement (Cohen's kappa)", kappaPair: "Reviewers", kappaRecords: "records", kappaUndefined: "not computable",
        include: "Include", exclude: "Exclude", maybe: "Maybe", keysHint: "Keys: i = include, e = exclude, m = maybe, j/k = skip to the next/previous record.",
        reason: "Reason", reasonRequired: "required when excluding", chooseReason: "choose a reason", otherReason: "other reason",
        decide: "Decide", yourDecision: "Your decision", change: "change",
        prioritised: "Order: most likely relevant first (the model learns from your decisions).", storedOrder: "Order: as imported (the model starts after one relevant and one irrelevant decision).",
        consecutiveIrrelevant: "irrelevant records in a row", estimatedRecall: "estimated share of relevant records found",
        abstractMissing: "(no abstract)", fullText: "Full text", noFullText: "No full text attached to this record yet.", progress: "decided",
        conflictsTitle: "Conflicts", conflictsIntro: "Records the reviewers disagree on (or said 'maybe' to). A third reviewer or the reviewers together decide.",
        noConflicts: "No conflicts.", resolve: "Decide", method: "How", thirdReviewer: "third reviewer", consensus: "by consensus",
        outcome: "Outcome", decisionOf: "Decision of",
        assignTitle: "Assign reviewers", assignIntro: "Per stage the members who screen (role lead, analyst or coder). Two or more per stage for blind dual screening.",
        save: "Save", criteriaTitle: "Inclusion criteria", criteriaIntro: "Per stage the criteria a record must meet; they are shown beside each record while screening.",
        languages: "Languages (codes, such as en, nl)", fromYear: "From year", toYear: "Up to year", topics: "Topic", settingsLabel: "Setting",
        freeCriteria: "Other criteria", onePerLine: "one per line", includeKeywords: "Words to mark green", excludeKeywords: "Words to mark red",
        maybePolicy: "'Maybe' means", maybeDiscuss: "discuss (counts as a conflict)", maybeInclude: "on to full text (as include)",
        extractionFields: "Data extraction fields",
        strategyTitle: "Search strategy", strategyIntro: "Concept blocks: terms within a block joined by OR, blocks by AND. Below, the search string for each database, to copy.",
        block: "Block", terms: "Terms", termsNote: "one per line; * to truncate; MeSH: Domestic Violence or APA: Child Abuse for subject headings", queries: "Search strings",
        strategyFields: "Search in", saveStrategy: "Save strategy",
        recordTitle: "Record", fullTextLink: "Link to the full text", fullTextFile: "PDF", attach: "Attach", extraction: "Data extraction",
        saveExtraction: "Save extraction", back: "Back",
        exclusionReasons: ["Wrong population", "Wrong topic", "Wrong setting", "Wrong publication type", "Language", "Publication year", "Full text not retrieved"],
        notices: ["decided": "Decision saved.", "resolved": "Conflict resolved.", "assigned": "Reviewers saved.", "saved": "Saved.", "attached": "Full text attached."])
}
