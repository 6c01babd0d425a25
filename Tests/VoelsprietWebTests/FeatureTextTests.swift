import Testing

@testable import VoelsprietWeb

/// Every feature text exists in Dutch and in English: a key in one language only would show as
/// ⟨key⟩ on the other language's page.
@Suite("Feature texts in both languages")
struct FeatureTextTests {
    @Test("the study report and the response pages have the same keys in Dutch and English")
    func sameKeys() {
        #expect(Set(StudyReportText.dutch.keys) == Set(StudyReportText.english.keys))
        #expect(Set(ResponsesText.dutch.keys) == Set(ResponsesText.english.keys))
        #expect(Set(RespondentTextsText.dutch.keys) == Set(RespondentTextsText.english.keys))
        #expect(Set(QuestionnaireText.dutch.keys) == Set(QuestionnaireText.english.keys))
    }
}
