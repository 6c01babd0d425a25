/// The literature review's texts, Dutch by default, English available.
struct LiteratureText: Sendable {
    let title, intro: String
    let records, unique, duplicates, screened, included: String
    let searches, searchesIntro, database, runOn, query, hits, note, recordSearch, noSearches: String
    let imports, importsIntro, file, format, origin, originDatabase, originOther, warnings, importedBy, noImports: String
    let upload, uploadNote, fromSearch, noSearch, encoding, encodingAuto, importButton, reading: String
    let manual, manualNote, recordTitle, authors, authorsNote, year, journal, url, addRecord: String
    let deduplicate, deduplicateNote, reviewDuplicates: String
    let decisionsTitle: String
    let duplicatesTitle, duplicatesIntro, representative, reason, split, mergeInto, mergeTargetLabel, noDuplicates: String
    let flow, flowDownload: String
    let strategy, screeningLink, conflictsLink, assignLink, criteriaLink, exportsTitle: String
    let exportRIS, exportBibTeX, exportCSV, exportDecisions, exportExtraction: String
    let notices: [String: String]

    static func forLanguage(_ language: String) -> LiteratureText { language == "en" ? .english : .dutch }

    static let dutch = LiteratureText(
        title: "Literatuuronderzoek",
        intro: "Zoekacties, geïmporteerde bestanden, ontdubbelen, screenen en de PRISMA-stroom van deze studie.",
        records: "records", unique: "uniek na ontdubbelen", duplicates: "dubbel", screened: "gescreend", included: "ingesloten",
        searches: "Zoekacties", searchesIntro: "Elke zoekactie met database, datum, de exacte zoekopdracht en het aantal treffers (PRISMA-S).",
        database: "Database", runOn: "Datum", query: "Zoekopdracht", hits: "Treffers", note: "Notitie", recordSearch: "Zoekactie vastleggen",
        noSearches: "Nog geen zoekacties vastgelegd.",
        imports: "Geïmporteerde bestanden", importsIntro: "Per bestand: het formaat en de database zoals herkend, het aantal records en de waarschuwingen.",
        file: "Bestand", format: "Formaat", origin: "Herkomst", originDatabase: "databases en registers",
        originOther: "andere methoden (grijze literatuur, handmatig zoeken, citaties)", warnings: "Waarschuwingen", importedBy: "Door",
        noImports: "Nog geen bestanden geïmporteerd.",
        upload: "Bestand importeren",
        uploadNote: "RIS, PubMed (MEDLINE), Web of Science, Scopus CSV, CSV/TSV of BibTeX; het formaat wordt uit de inhoud herkend. Tot 256 MB; grotere bestanden met voelspriet lit import.",
        fromSearch: "Bij zoekactie", noSearch: "(geen)", encoding: "Tekstcodering", encodingAuto: "automatisch", importButton: "Importeren",
        reading: "Het bestand is ontvangen; de server leest en bewaart de records …",
        manual: "Record met de hand toevoegen", manualNote: "Voor grijze literatuur, zoals rapporten van kennisinstituten; telt als 'andere methoden'.",
        recordTitle: "Titel", authors: "Auteurs", authorsNote: "één per regel", year: "Jaar", journal: "Tijdschrift of uitgever", url: "Webadres",
        addRecord: "Toevoegen",
        deduplicate: "Ontdubbelen", deduplicateNote: "Zoekt dubbele records over de databases heen (DOI, PubMed-id, dan titel, jaar, auteurs, tijdschrift en pagina's). Handmatige beslissingen blijven staan.",
        reviewDuplicates: "Dubbele records bekijken",
        decisionsTitle: "Wie besliste wat",
        duplicatesTitle: "Dubbele records", duplicatesIntro: "Elke groep staat voor één publicatie: het eerste record blijft, de andere tellen als dubbel. Haal een record uit de groep als het er niet bij hoort, of voeg het bij een andere groep.",
        representative: "Blijft", reason: "Reden", split: "Uit de groep halen", mergeInto: "Samenvoegen met record", mergeTargetLabel: "Recordnummer",
        noDuplicates: "Geen dubbele records gevonden (of nog niet ontdubbeld).",
        flow: "PRISMA 2020-stroomdiagram", flowDownload: "Diagram downloaden (SVG)",
        strategy: "Zoekstrategie", screeningLink: "Screenen", conflictsLink: "Conflicten", assignLink: "Beoordelaars toewijzen",
        criteriaLink: "Inclusiecriteria", exportsTitle: "Downloads",
        exportRIS: "Ingesloten bronnen (RIS)", exportBibTeX: "Ingesloten bronnen (BibTeX)", exportCSV: "Ingesloten bronnen (CSV)",
        exportDecisions: "Beslissingenlogboek (CSV)", exportExtraction: "Data-extractie (CSV)",
        notices: [
            "imported": "Bestand geïmporteerd.", "search": "Zoekactie vastgelegd.", "added": "Record toegevoegd.",
            "deduplicated": "Ontdubbeld.", "split": "Record uit de groep gehaald.", "merged": "Records samengevoegd.",
        ])

    static let english = LiteratureText(
        title: "Literature review",
        intro: "Searches, imported files, deduplication, screening and the PRISMA flow of this study.",
        records: "records", unique: "unique after deduplication", duplicates: "duplicates", screened: "screened", included: "included",
        searches: "Searches", searchesIntro: "Each search with its database, date, the exact search string and the number of hits (PRISMA-S).",
        database: "Database", runOn: "Date", query: "Search string", hits: "Hits", note: "Note", recordSearch: "Record search",
        noSearches: "No searches recorded yet.",
        imports: "Imported files", importsIntro: "Per file: its format and database as recognised, the number of records and the warnings.",
        file: "File", format: "Format", origin: "Origin", originDatabase: "databases and registers",
        originOther: "other methods (grey literature, hand search, citations)", warnings: "Warnings", importedBy: "By",
        noImports: "No files imported yet.",
        upload: "Import a file",
        uploadNote: "RIS, PubMed (MEDLINE), Web of Science, Scopus CSV, CSV/TSV or BibTeX; the format is recognised from the content. Up to 256 MB; larger files with voelspriet lit import.",
        fromSearch: "From search", noSearch: "(none)", encoding: "Text encoding", encodingAuto: "automatic", importButton: "Import",
        reading: "The file has arrived; the server is reading and storing the records …",
        manual: "Add a record by hand", manualNote: "For grey literature, such as reports of knowledge institutes; counts as 'other methods'.",
        recordTitle: "Title", authors: "Authors", authorsNote: "one per line", year: "Year", journal: "Journal or publisher", url: "Web address",
        addRecord: "Add",
        deduplicate: "Deduplicate", deduplicateNote: "Finds duplicate records across databases (DOI, PubMed id, then title, year, authors, journal and pages). Manual decisions are kept.",
        reviewDuplicates: "Review duplicates",
        decisionsTitle: "Who decided what",
        duplicatesTitle: "Duplicate records", duplicatesIntro: "Each group stands for one publication: the first record stays, the others count as duplicates. Take a record out of a group if it does not belong, or merge it into another group.",
        representative: "Stays", reason: "Reason", split: "Take out of the group", mergeInto: "Merge with record", mergeTargetLabel: "Record number",
        noDuplicates: "No duplicate records found (or not deduplicated yet).",
        flow: "PRISMA 2020 flow diagram", flowDownload: "Download the diagram (SVG)",
        strategy: "Search strategy", screeningLink: "Screening", conflictsLink: "Conflicts", assignLink: "Assign reviewers",
        criteriaLink: "Inclusion criteria", exportsTitle: "Downloads",
        exportRIS: "Included sources (RIS)", exportBibTeX: "Included sources (BibTeX)", exportCSV: "Included sources (CSV)",
        exportDecisions: "Decision log (CSV)", exportExtraction: "Data extraction (CSV)",
        notices: [
            "imported": "File imported.", "search": "Search recorded.", "added": "Record added.",
            "deduplicated": "Deduplicated.", "split": "Record taken out of its group.", "merged": "Records merged.",
        ])
}
