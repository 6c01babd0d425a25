import Foundation
import Testing
import VoelsprietDomain
import VoelsprietStatistics

@testable import VoelsprietAnalysis

/// Issue 9, findings 6 and 7: 42 printed pages without contents; each battery item its own table
/// and no summary table; groups named by whole option labels.
@Suite("Report: contents, battery summaries, short group labels")
struct ReportContentsTests {
    func report(language: String = "nl") throws -> AnalysisReport {
        let instrument = try BuiltInInstruments.quickscan()
        let answers = try DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument).responses(seed: 2021)
        let data = try AnalysisData(instrument: instrument, answers: answers, splitNames: ["role", "experience"])
        return ReportBuilder(data: data, options: ReportOptions(language: language)).build()
    }

    @Test("the HTML and Markdown reports open with contents linking to every section")
    func contents() throws {
        let report = try report()
        let sections = Set(report.items.compactMap(\.sectionTitle))
        #expect(report.contents.count == sections.count)
        let html = HTMLRenderer(report: report).render(standalone: true)
        #expect(html.contains("<nav class=\"toc\""))
        for entry in report.contents { #expect(html.contains("<a href=\"#\(entry.anchor)\">")) }
        let markdown = ReportFormat.markdown.render(report)
        #expect(markdown.contains("## Inhoud"))
    }

    @Test("each battery gets one summary table: a row per statement with n, % per point, mean and SD")
    func batteries() throws {
        let report = try report()
        let batteries = report.batteries
        #expect(!batteries.isEmpty)
        for battery in batteries {
            let items = battery.items.map { report.items[$0] }
            #expect(items.count >= 2)
            #expect(Set(items.map(\.scale)).count == 1)
            #expect(Set(items.map(\.section)).count == 1)
        }
        let markdown = MarkdownRenderer(report: report)
        let first = try #require(batteries.first)
        let (header, rows) = markdown.batteryRows(first)
        #expect(header.first == "Stelling" && header.suffix(2) == ["M", "SD"])
        #expect(rows.count == first.items.count)
        // The row's numbers are the item's own: its n, percentages, mean.
        let item = report.items[first.items.lowerBound]
        #expect(rows[0][1] == "\(item.n)")
        let percents = rows[0][2..<(2 + item.categories.count)].compactMap { Int($0) }
        #expect(abs(percents.reduce(0, +) - 100) <= item.categories.count)
        if let mean = item.descriptives?.mean { #expect(rows[0][rows[0].count - 2] == StatementFormatter.decimal(mean, 2, comma: true)) }
        let html = HTMLRenderer(report: report).render(standalone: true)
        #expect(html.components(separatedBy: "<table class=\"battery\">").count - 1 == batteries.count)
    }

    @Test("groups are named by the option's short label")
    func shortLabels() throws {
        let report = try report()
        let role = try #require(report.splits.first { $0.id == "role" })
        #expect(role.groups.map(\.label).sorted() == ["Professional", "Student"])
        let english = try self.report(language: "en")
        #expect(english.splits.first { $0.id == "role" }?.groups.map(\.label).sorted() == ["Professional", "Student"])
        // The frequency table still shows the whole label the respondent read.
        let item = try #require(report.item("role"))
        #expect(item.categories.map(\.label).contains("Professional: ik werk in dit werkveld"))
    }
}

@Suite("Report: typed items")
struct TypedItemReportTests {
    @Test("numeric and date answers are not listed one by one like open answers; the report says where they are")
    func notListed() throws {
        let json = """
            {"id":"t","languages":["nl"],"title":{"nl":"T"},"scales":{},"sections":[{"id":"s","title":{"nl":"S"},"items":[
              {"id":"age","type":"numeric","min":16,"max":99,"text":{"nl":"Leeftijd"}},
              {"id":"since","type":"date","text":{"nl":"Sinds"}},
              {"id":"team","type":"yesno","text":{"nl":"Team"}}]}]}
            """
        let instrument = try InstrumentParser.load(Data(json.utf8))
        let validator = ResponseValidator(instrument: instrument)
        let answers = ["23", "57", "41"].map {
            validator.validate(RawAnswers(["age": .string($0), "since": .string("2020-01-0\($0.prefix(1))"), "team": .string("yes")])).answers
        }
        let report = ReportBuilder(data: try AnalysisData(instrument: instrument, answers: answers, splitNames: [])).build()
        #expect(report.item("age") == nil)
        #expect(report.item("since") == nil)
        #expect(report.item("team")?.n == 3)
        #expect(report.excluded.contains { $0.id == "since" && $0.reason.contains("exports") })
        // The numeric item is described as numbers, but three answers are too few to show.
        let age = try #require(report.numeric?.first)
        #expect(age.id == "age" && age.question == "Leeftijd" && age.n == 3 && age.descriptives == nil && age.median == nil)
        let html = HTMLRenderer(report: report).render(standalone: true)
        #expect(!html.contains(">57<") && !html.contains("57</li>") && !html.contains("57,"))
    }

    @Test("a numeric item gets n, mean, SD, CI and a comparison by split, like a CSV's numeric column")
    func numericItemDescribed() throws {
        let json = """
            {"id":"t","languages":["nl"],"title":{"nl":"T"},"scales":{},"sections":[{"id":"s","title":{"nl":"S"},"items":[
              {"id":"team","type":"yesno","text":{"nl":"Team"}},
              {"id":"hours","type":"numeric","format":"decimal","min":0,"max":80,"text":{"nl":"Uren"}}]}]}
            """
        let instrument = try InstrumentParser.load(Data(json.utf8))
        let validator = ResponseValidator(instrument: instrument)
        let yes = ["10", "12,5", "14", "16", "18", "20"], no = ["30", "31", "33", "35", "36", "40"]
        let answers = (yes.map { ("yes", $0) } + no.map { ("no", $0) }).map { team, hours in
            validator.validate(RawAnswers(["team": .string(team), "hours": .string(hours)])).answers
        }
        // More answers than the open-answer limit: all of them count.
        let data = try AnalysisData(instrument: instrument, answers: answers + answers, splitNames: ["team"])
        let report = ReportBuilder(data: data).build()
        let hours = try #require(report.numeric?.first)
        #expect(hours.n == 24)
        let values: [Double] = [10, 12.5, 14, 16, 18, 20, 30, 31, 33, 35, 36, 40]
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(abs((hours.descriptives?.mean ?? 0) - mean) < 1e-12)
        let byTeam = try #require(hours.comparisons.first)
        #expect(byTeam.groups.map(\.n) == [12, 12])
        #expect(byTeam.tests.map(\.test) == ["welch_t", "mann_whitney"])
        #expect((byTeam.tests.first?.p ?? 1) < 0.001)
        #expect(ReportFormat.markdown.render(report).contains("### Uren (`hours`)"))
    }
}

@Suite("Report: Cronbach's α per battery")
struct BatteryReliabilityTests {
    @Test("α from the tally's running sums equals CronbachAlpha (checked against R) on the same complete cases")
    func matchesReference() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let answers = try DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument).responses(seed: 2021)
        let data = try AnalysisData(instrument: instrument, answers: answers, splitNames: ["role"])
        let report = ReportBuilder(data: data).build()
        let reliability = try #require(report.reliability)
        #expect(reliability.count == report.batteries.count)
        for entry in reliability {
            // The same respondents' scores, listwise, straight from the answers.
            let rows: [[Double?]] = answers.map { set in
                entry.items.map { id in
                    guard case .code(let code)? = set[id]?.value, let item = instrument.item(id) else { return nil }
                    let codes = instrument.options(of: item).map(\.code)
                    if codes.allSatisfy({ Double($0) != nil }) { return Double(code) }
                    return codes.firstIndex(of: code).map(Double.init)
                }
            }
            let reference = try CronbachAlpha.compute(rows)
            #expect(entry.n == reference.n)
            let alpha = try #require(entry.alpha)
            #expect(abs(alpha - reference.alpha) < 1e-9, "\(entry.items)")
        }
        let markdown = ReportFormat.markdown.render(report)
        #expect(markdown.contains("Cronbach's α = "))
    }
}
