/// The study report pages' texts, Dutch by default, English available; both languages have the
/// same keys (a test checks).
struct StudyReportText: KeyedTexts {
    let words: [String: String]

    static func forLanguage(_ language: String) -> StudyReportText {
        StudyReportText(words: language == "en" ? english : dutch)
    }



    static let dutch: [String: String] = [
        "title": "Studierapport",
        "download": "Downloaden", "html": "HTML (afdrukbaar)", "docx": "Word (.docx)", "md": "Markdown",
        "compose": "Rapport samenstellen", "reportTitle": "Titel van het rapport", "subtitle": "Ondertitel", "save": "Opslaan",
        "addSection": "Hoofdstuk toevoegen", "sectionTitle": "Titel van het hoofdstuk", "rename": "Hernoemen",
        "up": "Omhoog", "down": "Omlaag", "remove": "Verwijderen", "addBlock": "Blok toevoegen", "kind": "Soort blok",
        "item": "Vraag (quickscan)", "split": "Uitsplitsen naar", "noSplit": "niet uitsplitsen", "code": "Code",
        "quotesChosen": "Gekozen citaten", "caption": "Bijschrift (optioneel)", "limit": "Hoogstens",
        "markdown": "Tekst (Markdown; getallen als {{sleutel}})", "edit": "Tekst bewaren",
        "kind_text": "Tekst", "kind_prisma_flow": "PRISMA-stroom", "kind_included_sources": "Geïncludeerde bronnen",
        "kind_quickscan_table": "Quickscan: frequentietabel", "kind_quickscan_chart": "Quickscan: grafiek",
        "kind_quickscan_significant": "Quickscan: significante verschillen", "kind_quotes": "Citaten",
        "kind_agreement": "Overeenstemming tussen codeurs", "kind_focus_group_fragments": "Fragmenten uit focusgroepen",
        "facts": "Getallen om naar te verwijzen", "factsNote": "Zet een sleutel tussen dubbele accolades in een tekstblok, bijvoorbeeld {{quickscan.n}}; het getal blijft actueel. Met |apa erachter schrijft een p-waarde zich als p = ,015.",
        "key": "Sleutel", "value": "Waarde", "source": "Herkomst",
        "versions": "Versies", "freeze": "Versie vastleggen", "note": "Notitie", "noVersions": "Nog geen vastgelegde versies.",
        "version": "Versie", "by": "Door", "at": "Op", "changes": "Wat is veranderd", "changesSinceLatest": "Veranderd sinds de laatste versie",
        "before": "Was", "after": "Nu", "noChanges": "Geen getallen veranderd.", "added": "nieuw", "removed": "verdwenen",
        "chooseQuotes": "Citaten kiezen", "fragments": "Fragmenten van deze code", "empty": "Dit rapport is nog leeg.",
        "composeOnly": "Alleen projectleiders en analisten stellen het rapport samen.",
        "notice_saved": "Het rapport is bewaard.", "notice_frozen": "De versie is vastgelegd.",
        "statcheck": "Statistiek controleren", "statcheckIntro": "Plak een tekst of kies een bestand (tekst, Markdown, HTML of Word). Elke gerapporteerde χ²-, t-, F-, r- en z-toets wordt nagerekend, en frequentietabellen worden opgeteld.",
        "pasteText": "Tekst", "file": "Bestand", "check": "Controleren", "alpha": "Alfa",
    ]

    static let english: [String: String] = [
        "title": "Study report",
        "download": "Download", "html": "HTML (printable)", "docx": "Word (.docx)", "md": "Markdown",
        "compose": "Compose the report", "reportTitle": "Title of the report", "subtitle": "Subtitle", "save": "Save",
        "addSection": "Add a chapter", "sectionTitle": "Chapter title", "rename": "Rename",
        "up": "Up", "down": "Down", "remove": "Remove", "addBlock": "Add a block", "kind": "Kind of block",
        "item": "Item (quickscan)", "split": "Break down by", "noSplit": "no breakdown", "code": "Code",
        "quotesChosen": "Chosen quotes", "caption": "Caption (optional)", "limit": "At most",
        "markdown": "Text (Markdown; numbers as {{key}})", "edit": "Save text",
        "kind_text": "Text", "kind_prisma_flow": "PRISMA flow", "kind_included_sources": "Included sources",
        "kind_quickscan_table": "Quickscan: frequency table", "kind_quickscan_chart": "Quickscan: chart",
        "kind_quickscan_significant": "Quickscan: significant differences", "kind_quotes": "Quotes",
        "kind_agreement": "Agreement between coders", "kind_focus_group_fragments": "Focus-group fragments",
        "facts": "Numbers to cite", "factsNote": "Put a key in double braces in a text block, for example {{quickscan.n}}; the number stays live. With |apa after it a p value prints as p = .015.",
        "key": "Key", "value": "Value", "source": "Provenance",
        "versions": "Versions", "freeze": "Freeze a version", "note": "Note", "noVersions": "No frozen versions yet.",
        "version": "Version", "by": "By", "at": "At", "changes": "What changed", "changesSinceLatest": "Changed since the latest version",
        "before": "Was", "after": "Now", "noChanges": "No numbers changed.", "added": "new", "removed": "gone",
        "chooseQuotes": "Choose quotes", "fragments": "Fragments of this code", "empty": "This report is still empty.",
        "composeOnly": "Only leads and analysts compose the report.",
        "notice_saved": "The report was saved.", "notice_frozen": "The version was frozen.",
        "statcheck": "Check statistics", "statcheckIntro": "Paste a text or choose a file (text, Markdown, HTML or Word). Every reported χ², t, F, r and z test is recomputed, and frequency tables are added up.",
        "pasteText": "Text", "file": "File", "check": "Check", "alpha": "Alpha",
    ]
}
