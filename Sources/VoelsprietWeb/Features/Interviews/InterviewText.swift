import Mustache
import VoelsprietQDA

/// The interviews' texts, Dutch by default, English available. Templates read them as
/// `{{t.key}}`; both languages must have the same keys (a test checks).
struct InterviewText: Sendable, MustacheParent {
    let words: [String: String]
    let language: String

    static func forLanguage(_ language: String) -> InterviewText {
        language == "en" ? InterviewText(words: english, language: "en") : InterviewText(words: dutch, language: "nl")
    }

    subscript(_ key: String) -> String { words[key] ?? "⟨\(key)⟩" }

    func child(named name: String) -> Any? { words[name] }

    func typeName(_ type: ParticipantType) -> String { words["type_\(type.rawValue)"] ?? type.rawValue }

    /// The sentences for `?notice=` keys.
    var notices: [String: String] {
        var out: [String: String] = [:]
        for (key, value) in words where key.hasPrefix("notice_") { out[String(key.dropFirst(7))] = value }
        return out
    }

    static let dutch: [String: String] = [
        "title": "Interviews en focusgroepen",
        "intro": "Transcripten, deelnemers, het codeboek en het coderen. Elke codeur ziet alleen de eigen coderingen tot de projectleider de vergelijking opent.",
        "sources": "Transcripten", "name": "Naam", "format": "Formaat", "participants": "Deelnemers", "speakers": "Sprekers",
        "length": "Tekens", "imported": "Ingelezen", "focusGroup": "focusgroep", "noSources": "Nog geen transcripten.",
        "open": "Openen en coderen", "delete": "Verwijderen", "save": "Opslaan",
        "confirmDelete": "Het transcript en alle coderingen erin worden verwijderd.",
        "upload": "Transcript inlezen",
        "uploadNote": "Platte tekst (UTF-8, UTF-16 of een opgegeven oudere codering), Markdown, Word (.docx), WebVTT of SRT. Regels die met een naam en dubbele punt beginnen (Interviewer:, Prof8:) worden sprekersbeurten.",
        "file": "Bestand", "participantLabels": "Deelnemers (labels, met komma's)", "participantLabelsNote": "bijvoorbeeld Prof8 of Stud6, Cl5 voor een focusgroep",
        "encoding": "Tekstcodering", "encodingAuto": "automatisch (UTF-8 / UTF-16 met BOM)", "searchLanguage": "Taal (voor zoeken)",
        "dutchLanguage": "Nederlands", "englishLanguage": "Engels",
        "pseudonyms": "Te vervangen namen, plaatsen en organisaties",
        "pseudonymsNote": "Eén per regel, eventueel met naam:, plaats: of organisatie: ervoor. Ze worden vervangen door [NAAM1], [PLAATS1] … vóór er iets wordt opgeslagen; de nummering volgt de volgorde van deze lijst. Gebruik voor elk transcript dezelfde lijst, dan krijgt dezelfde persoon overal hetzelfde nummer. De lijst zelf wordt nergens bewaard.",
        "importButton": "Inlezen", "uploadFailed": "Het bestand kon niet worden ingelezen.",
        "importedTitle": "Ingelezen", "replaced": "Vervangen (alleen nu getoond, nergens bewaard)", "placeholder": "Vervanging",
        "terms": "Term", "count": "Aantal", "unmatched": "Niet gevonden in de tekst", "warnings": "Waarschuwingen",
        "participantsTitle": "Deelnemers", "label": "Label", "types": "Soort", "attributes": "Kenmerken",
        "noParticipants": "Nog geen deelnemers.", "addParticipant": "Deelnemer toevoegen of wijzigen",
        "variablesTitle": "Kenmerken van deelnemers", "variableName": "Kenmerk", "variableType": "Soort waarde", "addVariable": "Kenmerk toevoegen",
        "type_professional": "professional", "type_student": "student", "type_client": "(ex-)cliënt", "type_expert_by_experience": "ervaringsdeskundige",
        "codebook": "Codeboek", "codes": "codes", "matrix": "Codes per soort deelnemer", "search": "Zoeken in alle transcripten",
        "agreement": "Overeenstemming tussen codeurs", "quotesMD": "Citaten per thema (Markdown)", "quotesHTML": "Citaten per thema (afdrukbaar)",
        "exportQDPX": "Project exporteren (REFI-QDA .qdpx)", "importQDPX": "Project importeren (REFI-QDA .qdpx uit ATLAS.ti, NVivo, MAXQDA …)",
        "downloads": "Uitwisselen en downloaden",
        "notice_deleted": "Transcript verwijderd.", "notice_memo": "Memo opgeslagen.", "notice_saved": "Opgeslagen.",
        "notice_code": "Code opgeslagen.", "notice_merged": "Codes samengevoegd.", "notice_split": "Code gesplitst.",
        "notice_template": "Het startcodeboek is toegevoegd.", "notice_coded": "Gecodeerd.", "notice_uncoded": "Codering verwijderd.",
        "notice_project": "Project ingelezen.", "notice_codebook": "Codeboek ingelezen.", "notice_comparison": "Vergelijking bijgewerkt.",
        "notice_settled": "Afgesproken codering vastgelegd.", "notice_hits": "Alle treffers gecodeerd.",
        // The source page
        "sourceTitle": "Transcript", "back": "Terug naar de interviews", "yourCodings": "Uw coderingen", "allCodings": "Coderingen van alle codeurs",
        "showOthers": "Ook de coderingen van anderen tonen", "showOwn": "Alleen mijn coderingen", "noCodings": "Nog geen coderingen.",
        "codeSelection": "Coderen zonder JavaScript", "codeSelectionNote": "Kies een code en geef de tekenposities (begin en eind, in Unicode-tekens vanaf 0).",
        "code": "Code", "start": "Begin", "end": "Eind", "apply": "Coderen", "memo": "Memo", "sourceMemo": "Memo bij dit transcript",
        "time": "Tijd", "speaker": "Spreker", "coder": "Codeur",
        "jsHint": "Selecteer tekst en druk op c (of klik Coderen) om codes toe te kennen; typ om te filteren, spatie kiest meer codes, Enter past toe. Ctrl+Z maakt ongedaan.",
        "filter": "Filter codes…", "undo": "Ongedaan maken", "nothingToUndo": "Niets om ongedaan te maken.",
        "failed": "Dat lukte niet; er is niets veranderd.", "newCode": "Nieuwe code", "create": "Maken",
        // Codebook
        "codebookIntro": "Codes met omschrijving, kleur en herkomst (deductief uit de topiclijst, inductief uit de data). Samenvoegen en splitsen houden alle coderingen.",
        "deductive": "deductief", "inductive": "inductief", "origin": "Herkomst", "description": "Omschrijving", "colour": "Kleur", "parent": "Valt onder",
        "top": "(bovenste niveau)", "addCode": "Code toevoegen", "edit": "Wijzigen", "mergeInto": "Samenvoegen met", "merge": "Samenvoegen",
        "noCodes": "Het codeboek is leeg.", "template": "Startcodeboek van deze studie toevoegen", "codings": "coderingen",
        "importQDC": "Codeboek importeren (REFI-QDA .qdc)", "exportQDC": "Codeboek exporteren (.qdc)", "fragments": "Fragmenten",
        // Retrieval
        "fragmentsTitle": "Fragmenten van", "includeSubcodes": "met subcodes", "filterType": "Soort deelnemer", "allTypes": "alle",
        "filterAttribute": "Kenmerk", "value": "waarde", "filterButton": "Filteren", "noFragments": "Geen fragmenten.",
        "inTranscript": "in het transcript",
        "matrixIntro": "Aantal fragmenten per code en soort deelnemer; een bron met deelnemers van meer soorten telt bij elk.",
        "total": "Totaal", "coOccurrence": "Codes die samen voorkomen", "coOccurrenceIntro": "Paren van coderingen die in hetzelfde transcript overlappen.",
        "pair": "Codes", "noCoOccurrence": "Geen overlappende coderingen.",
        // Search
        "searchIntro": "Woorden (alle moeten voorkomen), \"een zin\" tussen aanhalingstekens, woord* voor het begin van een woord, -woord om uit te sluiten. Vervoegingen worden meegezocht.",
        "query": "Zoekopdracht", "searchButton": "Zoeken", "hits": "treffers", "inSources": "in transcripten", "noHits": "Geen treffers.",
        "codeAllHits": "Alle treffers coderen met", "shownFirst": "De eerste treffers worden getoond.",
        // Agreement
        "agreementIntro": "Percentage overeenstemming en Cohens kappa per code en in totaal, en Krippendorffs alfa (nominaal) voor twee of meer codeurs.",
        "unit": "Eenheid", "unit_character": "per teken (zoals NVivo)", "unit_paragraph": "per alinea (regel)", "coders": "Codeurs",
        "percentAgreement": "% overeenstemming", "kappa": "Cohens κ", "alpha": "Krippendorffs α", "overall": "Alle codes samen",
        "undefined": "niet bepaald", "pairs": "Per paar codeurs",
        "comparisonOpen": "De vergelijking is open: iedereen ziet alle coderingen.", "comparisonClosed": "De vergelijking is dicht: elke codeur ziet alleen de eigen coderingen.",
        "openComparison": "Vergelijking openen", "closeComparison": "Vergelijking sluiten",
        "compare": "Verschillen bekijken", "compareTitle": "Verschillen tussen codeurs", "compareIntro": "Gemarkeerd: waar de codeurs verschillen. Leg na overleg de afgesproken codering vast.",
        "agreed": "eens", "differs": "verschilt", "settle": "Afgesproken codering vastleggen", "settleNote": "De gekozen codering wordt de codering van 'Overeenstemming'.",
        "takeFrom": "Neem over van", "needTwoCoders": "Er zijn nog geen twee codeurs met coderingen.",
    ]

    static let english: [String: String] = [
        "title": "Interviews and focus groups",
        "intro": "Transcripts, participants, the codebook and coding. Each coder sees only their own codings until the lead opens comparison.",
        "sources": "Transcripts", "name": "Name", "format": "Format", "participants": "Participants", "speakers": "Speakers",
        "length": "Characters", "imported": "Imported", "focusGroup": "focus group", "noSources": "No transcripts yet.",
        "open": "Open and code", "delete": "Delete", "save": "Save",
        "confirmDelete": "The transcript and all codings in it will be deleted.",
        "upload": "Import a transcript",
        "uploadNote": "Plain text (UTF-8, UTF-16 or a declared older encoding), Markdown, Word (.docx), WebVTT or SRT. Lines that start with a name and a colon (Interviewer:, Prof8:) become speaker turns.",
        "file": "File", "participantLabels": "Participants (labels, comma-separated)", "participantLabelsNote": "for instance Prof8, or Stud6, Cl5 for a focus group",
        "encoding": "Text encoding", "encodingAuto": "automatic (UTF-8 / UTF-16 with BOM)", "searchLanguage": "Language (for search)",
        "dutchLanguage": "Dutch", "englishLanguage": "English",
        "pseudonyms": "Names, places and organisations to replace",
        "pseudonymsNote": "One per line, optionally prefixed with name:, place: or organisation:. They are replaced by [NAME1], [PLACE1] … before anything is stored; numbers follow the order of this list. Use the same list for every transcript and the same person gets the same number everywhere. The list itself is kept nowhere.",
        "importButton": "Import", "uploadFailed": "The file could not be imported.",
        "importedTitle": "Imported", "replaced": "Replaced (shown now only, stored nowhere)", "placeholder": "Placeholder",
        "terms": "Term", "count": "Count", "unmatched": "Not found in the text", "warnings": "Warnings",
        "participantsTitle": "Participants", "label": "Label", "types": "Type", "attributes": "Attributes",
        "noParticipants": "No participants yet.", "addParticipant": "Add or change a participant",
        "variablesTitle": "Participant attributes", "variableName": "Attribute", "variableType": "Kind of value", "addVariable": "Add attribute",
        "type_professional": "professional", "type_student": "student", "type_client": "(former) client", "type_expert_by_experience": "expert by experience",
        "codebook": "Codebook", "codes": "codes", "matrix": "Codes per participant type", "search": "Search all transcripts",
        "agreement": "Agreement between coders", "quotesMD": "Quotes per theme (Markdown)", "quotesHTML": "Quotes per theme (printable)",
        "exportQDPX": "Export project (REFI-QDA .qdpx)", "importQDPX": "Import project (REFI-QDA .qdpx from ATLAS.ti, NVivo, MAXQDA …)",
        "downloads": "Exchange and downloads",
        "notice_deleted": "Transcript deleted.", "notice_memo": "Memo saved.", "notice_saved": "Saved.",
        "notice_code": "Code saved.", "notice_merged": "Codes merged.", "notice_split": "Code split.",
        "notice_template": "The starting codebook was added.", "notice_coded": "Coded.", "notice_uncoded": "Coding removed.",
        "notice_project": "Project imported.", "notice_codebook": "Codebook imported.", "notice_comparison": "Comparison updated.",
        "notice_settled": "Settled coding recorded.", "notice_hits": "All hits coded.",
        "sourceTitle": "Transcript", "back": "Back to the interviews", "yourCodings": "Your codings", "allCodings": "Codings of all coders",
        "showOthers": "Show other coders' codings too", "showOwn": "Only my codings", "noCodings": "No codings yet.",
        "codeSelection": "Coding without JavaScript", "codeSelectionNote": "Choose a code and give the character positions (start and end, in Unicode characters from 0).",
        "code": "Code", "start": "Start", "end": "End", "apply": "Code", "memo": "Memo", "sourceMemo": "Memo on this transcript",
        "time": "Time", "speaker": "Speaker", "coder": "Coder",
        "jsHint": "Select text and press c (or click Code) to apply codes; type to filter, space picks more codes, Enter applies. Ctrl+Z undoes.",
        "filter": "Filter codes…", "undo": "Undo", "nothingToUndo": "Nothing to undo.",
        "failed": "That did not work; nothing was changed.", "newCode": "New code", "create": "Create",
        "codebookIntro": "Codes with a description, colour and origin (deductive from the topic list, inductive from the data). Merging and splitting keep every coding.",
        "deductive": "deductive", "inductive": "inductive", "origin": "Origin", "description": "Description", "colour": "Colour", "parent": "Under",
        "top": "(top level)", "addCode": "Add code", "edit": "Change", "mergeInto": "Merge into", "merge": "Merge",
        "noCodes": "The codebook is empty.", "template": "Add this study's starting codebook", "codings": "codings",
        "importQDC": "Import codebook (REFI-QDA .qdc)", "exportQDC": "Export codebook (.qdc)", "fragments": "Fragments",
        "fragmentsTitle": "Fragments of", "includeSubcodes": "with subcodes", "filterType": "Participant type", "allTypes": "all",
        "filterAttribute": "Attribute", "value": "value", "filterButton": "Filter", "noFragments": "No fragments.",
        "inTranscript": "in the transcript",
        "matrixIntro": "Fragments per code and participant type; a source with participants of several types counts for each.",
        "total": "Total", "coOccurrence": "Codes that occur together", "coOccurrenceIntro": "Pairs of codings that overlap within a transcript.",
        "pair": "Codes", "noCoOccurrence": "No overlapping codings.",
        "searchIntro": "Words (all must occur), \"a phrase\" in quotes, word* for the start of a word, -word to exclude. Inflected forms are found too.",
        "query": "Search", "searchButton": "Search", "hits": "hits", "inSources": "in transcripts", "noHits": "No hits.",
        "codeAllHits": "Code all hits with", "shownFirst": "The first hits are shown.",
        "agreementIntro": "Percent agreement and Cohen's kappa per code and overall, and Krippendorff's alpha (nominal) for two or more coders.",
        "unit": "Unit", "unit_character": "per character (as NVivo)", "unit_paragraph": "per paragraph (line)", "coders": "Coders",
        "percentAgreement": "% agreement", "kappa": "Cohen's κ", "alpha": "Krippendorff's α", "overall": "All codes together",
        "undefined": "not defined", "pairs": "Per pair of coders",
        "comparisonOpen": "Comparison is open: everyone sees all codings.", "comparisonClosed": "Comparison is closed: each coder sees only their own codings.",
        "openComparison": "Open comparison", "closeComparison": "Close comparison",
        "compare": "See differences", "compareTitle": "Differences between coders", "compareIntro": "Highlighted: where the coders differ. After discussing, record the settled coding.",
        "agreed": "agree", "differs": "differs", "settle": "Record settled coding", "settleNote": "The chosen coding becomes the coding of 'Consensus'.",
        "takeFrom": "Take from", "needTwoCoders": "There are not yet two coders with codings.",
    ]
}
