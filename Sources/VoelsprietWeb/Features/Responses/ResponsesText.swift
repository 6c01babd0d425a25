/// The response pages' texts, Dutch by default, English available; both languages have the same
/// keys (a test checks).
struct ResponsesText: KeyedTexts {
    let words: [String: String]

    static func forLanguage(_ language: String) -> ResponsesText {
        ResponsesText(words: language == "en" ? english : dutch)
    }


    static let dutch: [String: String] = [
        "title": "Antwoorden", "real": "Echte antwoorden", "tests": "Testantwoorden", "none": "Nog geen.",
        "id": "Respons", "day": "Ingestuurd op", "open": "Bekijken",
        "preview": "Vragenlijst testen",
        "previewExplain":
            "Met de testlink vul je de vragenlijst in zoals een respondent, ook als die gesloten is. Wat je zo instuurt, wordt apart bewaard als test: het telt niet mee in rapporten, exports en aantallen.",
        "deleteTests": "Alle testantwoorden verwijderen", "answers": "Antwoorden", "notShown": "niet getoond of overgeslagen",
        "deleteOne": "Deze respons verwijderen", "reason": "Reden (komt in het logboek; geen antwoorden overnemen)",
        "testMark": "test", "back": "Terug naar de antwoorden",
        "notice_deleted": "De respons is verwijderd.", "notice_tests-deleted": "De testantwoorden zijn verwijderd.",
        "countReal": "echte antwoorden", "countTests": "testantwoorden",
    ]

    static let english: [String: String] = [
        "title": "Responses", "real": "Real responses", "tests": "Test responses", "none": "None yet.",
        "id": "Response", "day": "Sent on", "open": "View",
        "preview": "Test the questionnaire",
        "previewExplain":
            "With the test link you fill in the questionnaire as a respondent would, even while it is closed. What you send that way is kept apart as a test: it is left out of reports, exports and counts.",
        "deleteTests": "Delete all test responses", "answers": "Answers", "notShown": "not shown or skipped",
        "deleteOne": "Delete this response", "reason": "Reason (goes into the audit trail; do not copy answers into it)",
        "testMark": "test", "back": "Back to the responses",
        "notice_deleted": "The response was deleted.", "notice_tests-deleted": "The test responses were deleted.",
        "countReal": "real responses", "countTests": "test responses",
    ]

}
