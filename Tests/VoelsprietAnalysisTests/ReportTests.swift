import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import VoelsprietTestTraits
import VoelsprietDomain

@testable import VoelsprietAnalysis

@Suite("Reports")
struct ReportTests {
    static let csv = """
        role,experience,learn_from_colleagues,wish_to_learn
        professional,past,5,already_no_help
        professional,no,4,
        professional,recent,5,already_want_more
        student,no,3,
        student,current,5,not_yet_want_to
        student,no,4,

        """

    @Test("JSON has the documented shape: n, items with reference, categories in scale order, tests with split and subset")
    func jsonShape() throws {
        let data = try analyse(Self.csv, instrument: try quickscan(), by: ["role", "experience"])
        let json = ReportFormat.json.render(ReportBuilder(data: data).build())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["n"] as? Int == 6)
        let items = try #require(root["items"] as? [[String: Any]])
        let item = try #require(items.first { $0["id"] as? String == "learn_from_colleagues" })
        #expect(item["reference"] as? String == "tno2023:T4")
        let categories = try #require(item["categories"] as? [[String: Any]])
        #expect(categories.map { $0["code"] as? String } == ["1", "2", "3", "4", "5"])
        #expect(categories.map { $0["count"] as? Int } == [0, 0, 1, 2, 3])
        #expect(Set(categories[0].keys) == ["code", "label", "count", "percent"])
        let tests = try #require(item["tests"] as? [[String: Any]])
        // By role, by experience, by experience among professionals and among students.
        #expect(tests.map { $0["split"] as? String } == ["role", "experience", "experience", "experience"])
        #expect(tests[0].keys.contains("subset") && tests[0]["subset"] is NSNull)
        #expect(tests[2]["subset"] as? String == "role=professional")
        for key in ["groups", "chi2", "df", "p", "cramers_v", "min_expected"] { #expect(tests[0].keys.contains(key), "\(key)") }
    }

    @Test("statements in Dutch or APA convention, with p rounded as each prints it")
    func statements() {
        #expect(StatementFormatter.chiSquare(chi2: 11.0834, df: 4, p: 0.02566, n: 131, style: .dutch) == "χ²(4) = 11,08; p = 0,03")
        #expect(StatementFormatter.chiSquare(chi2: 11.0834, df: 4, p: 0.02566, n: 131, style: .apa) == "χ²(4, N = 131) = 11.08, p = .026")
        #expect(StatementFormatter.chiSquare(chi2: 30, df: 2, p: 0.0000003, n: 50, style: .apa) == "χ²(2, N = 50) = 30.00, p < .001")
        #expect(StatementFormatter.chiSquare(chi2: 8.44, df: 2, p: 0.0147, n: 70, style: .dutch) == "χ²(2) = 8,44; p = 0,01")
        #expect(StatementFormatter.chiSquare(chi2: 12, df: 2, p: 0.0025, n: 70, style: .dutch) == "χ²(2) = 12,00; p = 0,003")
    }

    @Test("a split with one group, an item nobody answered, all answers in one category: table shown, test not computable with reason")
    func notComputable() throws {
        let csv = "g,same,empty,q\na,x,,1\na,x,,2\na,x,,1\n"
        // Three respondents: shown only without small-group suppression.
        let report = ReportBuilder(data: try analyse(csv, by: ["g"]), options: ReportOptions(minimumGroupSize: 0)).build()
        let same = try #require(report.item("same"))
        #expect(same.categories.map(\.count) == [3])
        #expect(same.tests.first?.computable == false)
        #expect(same.tests.first?.reason != nil)
        #expect(report.excluded.contains { $0.id == "empty" })
        let q = try #require(report.item("q"))
        #expect(q.tests.first?.reason == "fewer than two non-empty columns (groups)")
    }

    @Test("significance follows alpha; Yates only on request and labelled")
    func alphaAndYates() throws {
        var csv = "g,q\n"
        for _ in 0..<20 { csv += "a,yes\n" }
        for _ in 0..<8 { csv += "a,no\n" }
        for _ in 0..<9 { csv += "b,yes\n" }
        for _ in 0..<15 { csv += "b,no\n" }
        let data = try analyse(csv, by: ["g"])
        let plain = try #require(ReportBuilder(data: data).build().item("q")?.tests.first)
        #expect(plain.significant)
        #expect(plain.yatesCorrected == false)
        let strict = try #require(ReportBuilder(data: data, options: ReportOptions(alpha: 0.001)).build().item("q")?.tests.first)
        #expect(!strict.significant && strict.statement == nil)
        let yates = try #require(ReportBuilder(data: data, options: ReportOptions(yates: true)).build().item("q")?.tests.first)
        #expect(yates.yatesCorrected)
        #expect(try #require(yates.chi2) < (plain.chi2 ?? 0))
        #expect(yates.statement?.contains("Yates") == true)
    }

    @Test("HTML is self-contained and its SVG charts are well-formed XML")
    func htmlAndSVG() throws {
        let data = try analyse(Self.csv + "student,past,1,already_no_help\n", instrument: try quickscan(), by: ["role"])
        let report = ReportBuilder(data: data).build()
        let html = ReportFormat.html.render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        let charts = html.components(separatedBy: "<svg").dropFirst().map { "<svg" + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(!charts.isEmpty)
        for chart in charts {
            let parser = XMLParser(data: Data(chart.utf8))
            #expect(parser.parse(), "chart is not well-formed: \(chart.prefix(200))")
        }
        let diverging = SVGChart.diverging(
            title: "<&>", rows: [.init(label: "a \"quoted\" label", percents: [10, 20, 30, 25, 15], n: 20)],
            legend: ["1", "2", "3", "4", "5"])
        #expect(XMLParser(data: Data(diverging.utf8)).parse())
        #expect(diverging.contains("n = 20"))
    }

    @Test("Markdown and CSV renderings carry the same numbers")
    func markdownAndCSV() throws {
        let report = ReportBuilder(data: try analyse(Self.csv, instrument: try quickscan(), by: ["role"])).build()
        let markdown = ReportFormat.markdown.render(report)
        #expect(markdown.contains("| Helemaal mee eens | 3 | 50 | 47 | +3 |"))
        let csv = ReportFormat.csv.render(report)
        #expect(csv.contains("frequency,learn_from_colleagues,tno2023:T4,,,,5,Helemaal mee eens,3,6,50.0"))
    }

    @Test("published tables that do not add up are flagged (Table 4 sums to 133; 64 of 131 is not 47%)")
    func publishedInconsistency() throws {
        let report = ReportBuilder(data: try analyse(Self.csv, instrument: try quickscan()), options: ReportOptions(language: "en")).build()
        let problems = try #require(report.item("learn_from_colleagues")?.published?.inconsistencies)
        #expect(problems.contains("counts add up to 133, not n = 131"))
        #expect(problems.contains { $0.contains("64 of 131 is 49%") })
    }

    @Test("answers from the database path give the same report as the CSV path")
    func answersPath() throws {
        let instrument = try quickscan()
        let sets = [
            AnswerSet(["role": Answer(.code("professional")), "experience": Answer(.code("past")), "learn_from_colleagues": Answer(.code("5"))]),
            AnswerSet(["role": Answer(.code("student")), "experience": Answer(.code("no")), "learn_from_colleagues": Answer(.code("4"))]),
        ]
        let fromAnswers = ReportBuilder(data: try AnalysisData(instrument: instrument, answers: sets, splitNames: ["role"])).build()
        let fromCSV = ReportBuilder(
            data: try analyse("role,experience,learn_from_colleagues\nprofessional,past,5\nstudent,no,4\n", instrument: instrument, by: ["role"])
        ).build()
        #expect(fromAnswers.item("learn_from_colleagues") == fromCSV.item("learn_from_colleagues"))
    }
}

@Suite("Fisher's exact test in reports")
struct FisherInReportTests {
    @Test("a 2×2 comparison carries Fisher's exact p (as R), shown when expected counts are small")
    func fisherOnTwoByTwo() throws {
        var csv = "g,q\n"
        for _ in 0..<3 { csv += "a,yes\n" }
        csv += "a,no\n"
        csv += "b,yes\n"
        for _ in 0..<3 { csv += "b,no\n" }
        // Groups of four: shown (and tested) only without small-group suppression.
        let report = ReportBuilder(data: try analyse(csv, by: ["g"]), options: ReportOptions(alpha: 0.9, minimumGroupSize: 0)).build()
        let test = try #require(report.item("q")?.tests.first)
        #expect(abs((test.fisherP ?? 0) - 0.4857142857142857) < 1e-12)
        #expect(ReportFormat.markdown.render(report).contains("χ²(1) = 2,00; p = 0,16; Fisher p = 0,49"))
        // Judged by Fisher: at α = 0,05 neither is significant, and the line says Fisher's p.
        let strict = ReportBuilder(data: try analyse(csv, by: ["g"]), options: ReportOptions(minimumGroupSize: 0)).build()
        #expect(strict.item("q")?.tests.first?.significant == false)
        #expect(ReportFormat.markdown.render(strict).contains("geen significant verschil (Fisher p = 0,49)"))
    }
}

@Suite("Summary of significant differences")
struct SummaryTests {
    @Test("the report opens with every significant comparison, or says there is none")
    func summary() throws {
        var csv = "g,q\n"
        for _ in 0..<20 { csv += "a,yes\n" }
        for _ in 0..<20 { csv += "b,no\n" }
        let significant = ReportFormat.markdown.render(ReportBuilder(data: try analyse(csv, by: ["g"])).build())
        #expect(significant.contains("## Significante verschillen (α = 0,05)\n\n- q: g: χ²(1) = 40,00; p < 0,001"))
        let none = ReportFormat.html.render(
            ReportBuilder(data: try analyse(csv, by: ["g"]), options: ReportOptions(alpha: 1e-12, language: "en")).build())
        #expect(none.contains("No comparison is significant."))
    }
}

@Suite("Small groups")
struct SmallGroupTests {
    @Test("breakdown groups with fewer than five respondents are suppressed, unless asked otherwise")
    func suppression() throws {
        var csv = "g,q\n"
        for index in 0..<12 { csv += "a,\(index % 3)\n" }
        for index in 0..<3 { csv += "b,\(index)\n" }
        let data = try analyse(csv, by: ["g"])
        let report = ReportBuilder(data: data).build()
        let groups = try #require(report.item("q")?.breakdowns.first?.groups)
        // b is small; a is hidden beside it, or "total minus a" would give b's answers.
        #expect(groups.map(\.suppressed) == [true, true])
        #expect(groups[1].counts.isEmpty && groups[1].percent.isEmpty)
        let markdown = ReportFormat.markdown.render(report)
        #expect(markdown.contains("b (n < 5)"))
        #expect(markdown.contains("a (verborgen naast een kleine groep)") || markdown.contains("a (hidden beside a small group)"))
        #expect(!ReportFormat.csv.render(report).contains("breakdown,q,,g,,b,"))
        // A test over a hidden group would give it back (its χ², n, expected counts): left out.
        let hiddenTest = try #require(report.item("q")?.tests.first)
        #expect(!hiddenTest.computable && hiddenTest.chi2 == nil && hiddenTest.n == nil)
        #expect(hiddenTest.reason == ReportBuilder.hiddenGroupReason)
        let all = ReportBuilder(data: data, options: ReportOptions(minimumGroupSize: 0)).build()
        #expect(all.item("q")?.breakdowns.first?.groups[1].counts == [1, 1, 1])
        #expect(all.item("q")?.tests.first?.n == 15)
    }
}

@Suite("Charts")
struct ChartTests {
    /// The x, width and fill of every bar segment in an SVG.
    func rects(_ svg: String) -> [(x: Double, width: Double, fill: String)] {
        let pattern = #/<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)" height="18" fill="(#[0-9a-f]{6})">/#
        return svg.matches(of: pattern).map { (Double($0.1)!, Double($0.2)!, String($0.3)) }
    }

    @Test("diverging bars: the neutral segment is centred on the axis, disagreement left of it, agreement right")
    func neutralCentred() {
        let svg = SVGChart.diverging(
            title: "t", rows: [.init(label: "item", percents: [5, 15, 30, 35, 15], n: 40)], legend: ["1", "2", "3", "4", "5"])
        let segments = rects(svg)
        #expect(segments.count == 5)
        let axis = try! #require(svg.firstMatch(of: #/<line x1="([0-9.]+)"/#)).1
        let centre = Double(axis)!
        let neutral = segments[2]
        #expect(abs(neutral.x + neutral.width / 2 - centre) < 0.2)
        #expect(segments[1].x + segments[1].width <= neutral.x + 0.2)
        #expect(abs(segments[0].x + segments[0].width + segments[1].width - neutral.x) < 0.3)
        #expect(segments[3].x >= neutral.x + neutral.width - 0.2)
        // Widths follow the percentages; the palette is the colour-blind-safe one.
        #expect(abs(segments[3].width / segments[4].width - 35.0 / 15) < 0.05)
        #expect(segments.map(\.fill) == SVGChart.diverging5)
        #expect(svg.contains("n = 40"))
        // % labels only on segments of at least 5%.
        #expect(svg.contains(">35<") && svg.contains(">5<"))
    }
}

@Suite("Complementary suppression")
struct ComplementarySuppressionTests {
    static func group(_ id: String, _ n: Int, threshold: Int = 5) -> BreakdownGroup {
        let small = n > 0 && n < threshold
        return BreakdownGroup(
            id: id, label: id, n: n, missing: 0, counts: small ? [] : [n], percent: small ? [] : [100], suppressed: small)
    }

    static func hidden(_ sizes: [Int], threshold: Int = 5) throws -> [Int] {
        var groups = sizes.enumerated().map { group("g\($0.offset)", $0.element, threshold: max(threshold, 0)) }
        ReportBuilder.suppressComplements(&groups, sizes: sizes, threshold: threshold)
        for index in groups.indices where groups[index].suppressed {
            #expect(groups[index].counts.isEmpty && groups[index].percent.isEmpty)
        }
        return groups.indices.filter { groups[$0].suppressed }
    }

    @Test("a lone small group takes the next smallest with it, until two groups and five people are hidden")
    func rules() throws {
        #expect(try Self.hidden([40, 1, 30]) == [1, 2])  // 1 + 30: two groups, 31 people
        #expect(try Self.hidden([40, 1, 2, 30]) == [1, 2, 3])  // 1 + 2 is two groups but only 3 people
        #expect(try Self.hidden([40, 3, 3, 30]) == [1, 2])  // 6 people in two groups
        #expect(try Self.hidden([40, 0, 30]) == [])  // nothing small: nothing hidden
        #expect(try Self.hidden([1, 0]) == [0])  // no other group to hide: all that can be is hidden
        #expect(try Self.hidden([40, 1, 30], threshold: 0) == [])  // min group 0: everything shown
    }
}

@Suite("Suppression across subsets")
struct SubsetSuppressionTests {
    static func breakdown(_ subset: String?, _ sizes: [(String, Int, Bool)]) -> Breakdown {
        Breakdown(
            split: "experience", subset: subset, splitLabel: "experience", subsetLabel: subset,
            groups: sizes.map { BreakdownGroup(id: $0.0, label: $0.0, n: $0.1, missing: 0, counts: $0.2 ? [] : [$0.1], percent: $0.2 ? [] : [100], suppressed: $0.2) })
    }

    @Test("a group hidden within one subset is hidden within every subset of that split, not overall")
    func acrossSubsets() {
        var breakdowns = [
            Self.breakdown(nil, [("with", 40, false), ("without", 30, false)]),
            Self.breakdown("role=student", [("with", 3, true), ("without", 20, true)]),
            Self.breakdown("role=professional", [("with", 37, false), ("without", 10, false)]),
        ]
        ReportBuilder.suppressAcrossSubsets(&breakdowns, threshold: 5)
        #expect(breakdowns[0].groups.map(\.suppressed) == [false, false])
        #expect(breakdowns[2].groups.map(\.suppressed) == [true, true])
        #expect(breakdowns[2].groups.allSatisfy { $0.counts.isEmpty })
    }
}

@Suite("Charts beside hidden items")
struct HiddenItemChartTests {
    @Test("a battery where one item was answered by too few: the page is drawn without that row (it crashed the server)")
    func batteryWithSmallItem() throws {
        var csv = "role,experience,skill_raise_concerns,skill_connect_reality,skill_contact_similar\n"
        for index in 0..<8 { csv += "professional,no,4,\(index % 5 + 1),\(index < 2 ? "3" : "")\n" }
        let report = ReportBuilder(data: try analyse(csv, instrument: try quickscan())).build()
        #expect(report.item("skill_contact_similar")?.categories.isEmpty == true, "answered by two: no counts")
        let html = ReportFormat.html.render(report)
        #expect(html.contains("<svg"))
    }
}

@Suite("Reports too large to count")
struct OversizeReportTests {
    @Test("an instrument of 400 items on a 4000-point scale is refused with a reason, not a fatal allocation", .ownThread)
    func refusedNotFatal() throws {
        let points = (0..<4000).map { #"{"code": "\#($0)", "label": {"nl": "p\#($0)"}}"# }.joined(separator: ",")
        let items = (0..<400).map { #"{"id": "q\#($0)", "type": "scale", "scale": "big", "text": {"nl": "Vraag \#($0)"}}"# }
            .joined(separator: ",")
        let json = #"{"id": "big", "version": "1", "languages": ["nl"], "title": {"nl": "Groot"}, "scales": {"big": {"points": [\#(points)]}}, "sections": [{"id": "s", "title": {"nl": "S"}, "items": [\#(items)]}]}"#
        let instrument = try InstrumentParser.load(Data(json.utf8))
        #expect(throws: AnalysisError.self) { _ = try AnswerAccumulator(instrument: instrument, splitNames: ["q0"]) }
        do {
            _ = try AnswerAccumulator(instrument: instrument, splitNames: ["q0"])
        } catch {
            #expect(error.description.contains("counters"))
        }
    }

    /// Issue 9, findings 6 and 7: a significant p = .048 was printed as "p = 0,05" in the Dutch
    /// style, and APA wrote V = 0.49.
    @Test("p near α gets three decimals in the Dutch style; APA coefficients have no leading zero")
    func boundaryDecimals() {
        #expect(StatementFormatter.p(0.048, style: .dutch) == "p = 0,048")
        #expect(StatementFormatter.p(0.054, style: .dutch) == "p = 0,054")
        #expect(StatementFormatter.p(0.03, style: .dutch) == "p = 0,03")
        #expect(StatementFormatter.p(0.0004, style: .dutch) == "p < 0,001")
        #expect(StatementFormatter.p(0.0004, style: .apa) == "p < .001")
        #expect(StatementFormatter.p(0.048, style: .apa) == "p = .048")
        #expect(StatementFormatter.coefficient(0.49, style: .apa) == ".49")
        #expect(StatementFormatter.coefficient(0.49, style: .dutch) == "0,49")
    }
}
