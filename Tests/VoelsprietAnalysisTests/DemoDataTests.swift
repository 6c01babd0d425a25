import Testing
import VoelsprietTestTraits
import VoelsprietDomain
import VoelsprietStatistics

@testable import VoelsprietAnalysis

/// The demo data must reproduce the report's chapter 3 for every seed.
@Suite("Demo data reproduces TNO report R10432 (2023), chapter 3")
struct DemoDataTests {
    static let statements: [(item: String, split: String, subset: String?, chi2: Double, df: Int)] = [
        ("skill_connect_reality", "role", nil, 11.08, 4),
        ("skill_raise_concerns", "experience", "role=student", 12.83, 4),
        ("skill_contact_similar", "experience", "role=student", 8.44, 2),
        ("skill_inner_world", "experience", "role=professional", 12.64, 4),
        ("skill_hard_to_reach", "experience", "role=professional", 9.29, 4),
        ("pitfall_emotional_burden", "role", nil, 9.54, 4),
        ("precondition_organisation_backing", "role", nil, 9.90, 3),
    ]

    /// Published cells no whole-number data can reproduce (see the design's notes): T8's
    /// professionals column and total, and T9.4, whose printed row adds up to 98.
    static let knownDifferences: [String: [String: Int]] = [
        "wish_to_learn": ["already_no_help": 1],
        "programme_encourages_use": ["2": 1],
    ]

    func report(seed: UInt64, by splits: [String] = ["role", "experience"]) throws -> AnalysisReport {
        let instrument = try BuiltInInstruments.quickscan()
        let answers = try DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument).responses(seed: seed)
        let data = try AnalysisData(instrument: instrument, answers: answers, splitNames: splits)
        return ReportBuilder(data: data).build()
    }

    @Test("131 respondents: 61 professionals and 70 students; 72% and 54% with own experience", arguments: [1, 2021, 99] as [UInt64])
    func respondents(seed: UInt64) throws {
        let report = try report(seed: seed)
        #expect(report.n == 131)
        #expect(report.splits[0].groups.map(\.n) == [61, 70])
        // A split variable's own item is not broken down by the other splits: ask by role only.
        let experience = try #require(try self.report(seed: seed, by: ["role"]).item("experience"))
        let professionals = try #require(experience.breakdowns.first { $0.split == "role" }).groups
        let withExperience = professionals.map { $0.counts.dropFirst().reduce(0, +) }
        #expect(withExperience.enumerated().map { Percent.whole($1, professionals[$0].n) } == [72, 54])
        // The report's comparison groups: professionals 41 vs 15 on the skill items it tested.
        let test = try #require(report.item("skill_inner_world")?.tests.first { $0.subset == "role=professional" })
        #expect(test.n == 56)
    }

    @Test("every published table cell, as printed (T4 and T6 in their consistent variant)", arguments: [1, 2021] as [UInt64])
    func publishedTables(seed: UInt64) throws {
        let report = try report(seed: seed)
        var compared = 0
        for item in report.items {
            guard let published = item.published else { continue }
            for row in published.rows {
                let expected = Self.knownDifferences[item.id]?[row.code] ?? 0
                if published.table == "T4" || published.table == "T6" {
                    // Only the percentages: the printed counts do not add up.
                    #expect(row.difference == 0, "\(item.id) \(row.code)")
                } else {
                    #expect(row.difference == expected, "\(item.id) \(row.code): \(row.observedPercent)% vs \(row.publishedPercent)%")
                    if let count = row.publishedCount { #expect(row.observedCount == count, "\(item.id) \(row.code)") }
                }
                compared += 1
            }
        }
        #expect(compared > 150)
        #expect(report.item("learn_from_colleagues")?.categories.map(\.count) == [0, 1, 12, 56, 62])
        #expect(report.item("hindered_in_contact")?.categories.map(\.count) == [13, 23, 85, 10, 0])
    }

    @Test("the seven chi-square statements: same statistic to two decimals, same df", arguments: [1, 2021] as [UInt64])
    func statements(seed: UInt64) throws {
        let report = try report(seed: seed)
        for statement in Self.statements {
            let test = try #require(
                report.item(statement.item)?.tests.first { $0.split == statement.split && $0.subset == statement.subset },
                "\(statement.item)")
            #expect(StatementFormatter.decimal(test.chi2 ?? 0, 2, comma: false) == String(format: "%.2f", statement.chi2), "\(statement.item)")
            #expect(test.df == statement.df, "\(statement.item)")
        }
        // The report's χ²(2) on a five-point item: two empty categories, dropped and said so.
        let markdown = ReportFormat.markdown.render(report)
        #expect(markdown.contains("χ²(2) = 8,44; p = 0,01"))
        #expect(markdown.contains("(lege categorieën weggelaten: Helemaal mee oneens, Oneens)"))
        // The report printed p = 0,05 for χ²(4) = 9,29 and counted it significant; it is 0.054.
        let hardToReach = try #require(report.item("skill_hard_to_reach")?.tests.first { $0.subset == "role=professional" })
        #expect(!hardToReach.significant)
        #expect(abs((hardToReach.p ?? 0) - 0.054) < 0.001)
    }

    @Test("no other significant differences, except T8 by role, which the printed columns force")
    func nothingElse() throws {
        let report = try report(seed: 7)
        let expected = Set(Self.statements.filter { $0.chi2 != 9.29 }.map { "\($0.item)|\($0.split)|\($0.subset ?? "")" })
            .union(["wish_to_learn|role|"])
        var found = Set<String>()
        for item in report.items {
            for test in item.tests where test.significant { found.insert("\(item.id)|\(test.split)|\(test.subset ?? "")") }
        }
        #expect(found == expected)
    }

    @Test("the same seed gives the same respondents; another seed other respondents")
    func seeds() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
        #expect(try generator.responses(seed: 5) == generator.responses(seed: 5))
        #expect(try generator.responses(seed: 5) != generator.responses(seed: 6))
    }

    @Test("every generated response passes the intake validator")
    func validAnswers() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
        let validator = ResponseValidator(instrument: instrument)
        var drawn: [AnswerSet] = []
        try generator.sample(seed: 3, count: 300) { drawn.append($0) }
        for answers in try generator.responses(seed: 3) + drawn {
            let outcome = validator.validate(answers.rawAnswers)
            #expect(outcome.isValid, "invalid demo response: \(outcome.problems)")
            #expect(outcome.answers == answers)
        }
    }

    @Test("drawing N respondents follows the same distributions", .ownThread)
    func sampling() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
        var accumulator = try AnswerAccumulator(instrument: instrument, splitNames: ["role"])
        try generator.sample(seed: 11, count: 20_000) { accumulator.add($0) }
        let report = ReportBuilder(data: accumulator.finish()).build()
        let professionals = Double(try #require(report.splits[0].groups[0].n)) / 20_000
        #expect(abs(professionals - 61.0 / 131) < 0.015)
        let desirability = try #require(report.item("sharing_desirability")).categories.map { $0.percent }
        #expect(abs(desirability[2] - 58) < 1.5)
    }
}

@Suite("Published figures")
struct PublishedFiguresTests {
    @Test("the report's figures are bundled: every reference of the built-in quickscan is there")
    func bundled() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let references = instrument.orderedItems.compactMap { $0.item.reference }.filter { $0.hasPrefix("tno2023:T") }
        #expect(references.count >= 30)
        for reference in references { #expect(PublishedFigures.tno2023[reference] != nil, "\(reference)") }
    }
}
