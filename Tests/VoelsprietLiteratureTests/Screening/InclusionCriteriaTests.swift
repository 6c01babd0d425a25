import Testing

@testable import VoelsprietLiterature

@Suite("Inclusion criteria")
struct InclusionCriteriaTests {
    @Test("the study's two rounds: same languages and years, the second adds addiction care and mental health")
    func studyRounds() {
        let first = InclusionCriteria.studyFirstRound(referenceYear: 2021)
        let second = InclusionCriteria.studySecondRound(referenceYear: 2021)
        #expect(first.version == 1 && second.version == 2)
        #expect(first.languages == ["nl", "en"] && second.languages == first.languages)
        #expect(first.fromYear == 2011 && first.toYear == 2021 && second.fromYear == 2011)
        #expect(second.settings.count == first.settings.count + 1)
        #expect(second.settings.last?.contains("Addiction care") == true)
        #expect(!first.settings.joined().contains("Addiction"))
    }

    @Test("metadata checks: language spellings of the databases, year bounds, unknowns pass")
    func automaticChecks() {
        let criteria = InclusionCriteria.studyFirstRound(referenceYear: 2021)
        func failures(language: String?, year: Int?) -> [CriterionFailure] {
            criteria.automaticFailures(LiteratureRecord(id: "x", year: year, language: language))
        }
        for spelling in ["English", "eng", "EN", "Dutch", "dut", "nld", "Nederlands"] {
            #expect(failures(language: spelling, year: 2015).isEmpty, "\(spelling)")
        }
        #expect(failures(language: "German", year: 2015) == [.language("German")])
        #expect(failures(language: "Klingon", year: 2015).isEmpty)  // unknown: left to reviewers
        #expect(failures(language: nil, year: 2010) == [.tooOld(year: 2010, fromYear: 2011)])
        #expect(failures(language: "fre", year: 2022) == [.language("fre"), .tooNew(year: 2022, toYear: 2021)])
        #expect(failures(language: nil, year: nil).isEmpty)
    }
}
