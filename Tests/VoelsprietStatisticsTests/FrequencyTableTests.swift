import Testing

@testable import VoelsprietStatistics

@Suite("Frequencies and whole-number percentages")
struct FrequencyTableTests {
    @Test("percentages as printed: exact half-way cases round away from zero")
    func matchesReference() throws {
        for entry in try FixtureLoader.cases("frequencies") {
            let counts = FixtureLoader.ints(entry["counts"])
            let total = entry["total"] as? Int ?? counts.reduce(0, +)
            guard total > 0 else {
                #expect(counts.allSatisfy { Percent.whole($0, total) == 0 })
                continue
            }
            let rounded = FixtureLoader.ints(entry["percent_rounded"])
            let exact = (entry["percent"] as? [Any] ?? []).compactMap(FixtureLoader.double)
            for (index, count) in counts.enumerated() {
                #expect(Percent.whole(count, total) == rounded[index], "\(count) of \(total)")
                #expect(close(Percent.of(count, total), exact[index], relative: 1e-12), "\(count) of \(total)")
            }
        }
    }

    @Test("missing answers are counted apart, never a category; multiple choice has two bases")
    func missingAndMultiple() {
        let single = FrequencyTable(counts: [3, 1], missing: 2)
        #expect(single.answered == 4)
        #expect(single.percentOfRespondents == [75, 25])
        let multiple = FrequencyTable(selections: [27, 16, 14], answered: 40, missing: 1)
        #expect(multiple.selections == 57)
        #expect(multiple.percentOfRespondents[0] == 67.5)
        #expect(abs(multiple.percentOfSelections[0] - 2700.0 / 57) < 1e-12)
    }
}
