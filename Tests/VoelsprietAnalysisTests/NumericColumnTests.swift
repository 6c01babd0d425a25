import Foundation
import Testing
import VoelsprietAnalysis
import VoelsprietDomain

/// Issue 9, finding 8: numeric columns with decimal commas were dropped without a word and
/// categories sorted alphabetically. A plain CSV's numeric columns are now described (n, mean,
/// SD, 95 % CI, median) and compared by each split with Welch's t / the one-way ANOVA and
/// Mann–Whitney / Kruskal–Wallis, against R (`Fixtures/numeric_columns.json`, made with the
/// CSV by `Fixtures/make_numeric_columns.R`).
@Suite("Numeric columns of a plain CSV")
struct NumericColumnTests {
    struct Described: Decodable {
        let id: String?
        let n: Int
        let mean, sd, median: Double
        let ci95: [Double]
    }
    struct Test: Decodable {
        let test: String
        let statistic, p: Double
        let df: Double?
        let dfs: [Double]?
        enum CodingKeys: String, CodingKey { case test, statistic, p, df }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            test = try c.decode(String.self, forKey: .test)
            statistic = try c.decode(Double.self, forKey: .statistic)
            p = try c.decode(Double.self, forKey: .p)
            if let one = try? c.decode(Double.self, forKey: .df) {
                df = one
                dfs = [one]
            } else {
                df = nil
                dfs = try c.decodeIfPresent([Double].self, forKey: .df)
            }
        }
    }
    struct Comparison: Decodable {
        let groups: [Described]
        let tests: [Test]
    }
    struct Column: Decodable {
        let n: Int
        let mean, sd, median: Double
        let ci95: [Double]
        let by_role, by_region: Comparison
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func report(minimumGroupSize: Int = 5) throws -> AnalysisReport {
        let csv = try String(contentsOf: folder.appendingPathComponent("numeric_columns.csv"), encoding: .utf8)
        let data = try analyse(csv, by: ["role", "region"])
        return ReportBuilder(data: data, options: ReportOptions(minimumGroupSize: minimumGroupSize)).build()
    }

    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("descriptives, Welch t, ANOVA, Mann–Whitney and Kruskal–Wallis as R computes them, decimal commas read")
    func againstR() throws {
        let fixture = try JSONDecoder().decode(
            [String: Column].self, from: Data(contentsOf: Self.folder.appendingPathComponent("numeric_columns.json")))
        let report = try Self.report()
        let numeric = try #require(report.numeric)
        #expect(numeric.map(\.id) == ["age", "hours"])
        #expect(report.item("age") == nil && report.item("hours") == nil)
        #expect(!report.excluded.contains { $0.id == "age" || $0.id == "hours" })
        for column in numeric {
            let expected = try #require(fixture[column.id])
            #expect(column.n == expected.n)
            #expect(column.missing == report.n - expected.n)
            #expect(column.decimalComma == (column.id == "hours"))
            let d = try #require(column.descriptives)
            #expect(Self.close(d.mean, expected.mean) && Self.close(d.sd, expected.sd) && Self.close(column.median, expected.median))
            #expect(Self.close(d.ci95?[0], expected.ci95[0]) && Self.close(d.ci95?[1], expected.ci95[1]))
            for (split, reference) in [("role", expected.by_role), ("region", expected.by_region)] {
                let comparison = try #require(column.comparisons.first { $0.split == split && $0.subset == nil })
                #expect(comparison.reason == nil)
                for group in reference.groups {
                    let ours = try #require(comparison.groups.first { $0.id == group.id })
                    #expect(ours.n == group.n)
                    #expect(Self.close(ours.mean, group.mean) && Self.close(ours.sd, group.sd) && Self.close(ours.median, group.median))
                    #expect(Self.close(ours.ci95?[0], group.ci95[0]) && Self.close(ours.ci95?[1], group.ci95[1]))
                }
                #expect(comparison.tests.map(\.test) == reference.tests.map(\.test))
                for (ours, theirs) in zip(comparison.tests, reference.tests) {
                    #expect(Self.close(ours.statistic, theirs.statistic, 1e-8), "\(column.id) \(split) \(ours.test)")
                    #expect(Self.close(ours.p, theirs.p, 1e-7), "\(column.id) \(split) \(ours.test) p")
                    if let dfs = theirs.dfs {
                        #expect(ours.df?.count == dfs.count)
                        for (a, b) in zip(ours.df ?? [], dfs) { #expect(Self.close(a, b, 1e-8)) }
                    }
                }
            }
            // Within each role too (region within professionals, within students).
            #expect(column.comparisons.filter { $0.split == "region" && $0.subset != nil }.count == 2)
        }
        // Holm and BH over the family of parametric tests: 2 columns × 4 comparisons.
        let parametric = numeric.flatMap(\.comparisons).flatMap(\.tests).filter { $0.test == "welch_t" || $0.test == "anova" }
        #expect(parametric.count == 8)
        #expect(parametric.allSatisfy { ($0.pHolm ?? -1) >= $0.p && ($0.pBH ?? -1) >= $0.p })
    }

    @Test("the report prints the numbers, lists a significant difference in the summary, and the JSON keys are stable")
    func rendered() throws {
        let report = try Self.report()
        let markdown = ReportFormat.markdown.render(report)
        #expect(markdown.contains("## Getallen"))
        #expect(markdown.contains("Welch t(82,10) = 13,65, p < 0,001") || markdown.contains("Welch t(82,10) = 13,65, p \\< 0,001"))
        #expect(markdown.contains("- age: naar role: Welch t("))
        let html = ReportFormat.html.render(report)
        #expect(html.contains("<table class=\"numeric\"><caption>naar role</caption>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(report).utf8)) as? [String: Any])
        let first = try #require((json["numeric"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["id", "n", "missing", "decimal_comma", "descriptives", "median", "comparisons"])
        let comparison = try #require((first["comparisons"] as? [[String: Any]])?.first)
        #expect(Set(comparison.keys).isSuperset(of: ["split", "split_label", "groups", "tests"]))
        let test = try #require((comparison["tests"] as? [[String: Any]])?.first)
        #expect(Set(test.keys) == ["test", "statistic", "df", "p", "p_holm", "p_bh"])
        // No minimum or maximum anywhere: with few respondents they are someone's own answer.
        let rendered = ReportFormat.json.render(report)
        #expect(!["min", "max", "minimum", "maximum"].contains { rendered.contains("\"\($0)\"") })
    }

    @Test("a group smaller than the minimum hides its whole comparison, also the respondents with the split left blank")
    func smallGroups() throws {
        var csv = "role;age\n"
        for i in 0..<30 { csv += "professional;\(30 + i)\n" }
        for i in 0..<3 { csv += "student;\(20 + i)\n" }
        let report = ReportBuilder(data: try analyse(csv, by: ["role"]), options: ReportOptions(minimumGroupSize: 5)).build()
        let comparison = try #require(report.numeric?.first?.comparisons.first)
        #expect(comparison.groups.isEmpty && comparison.tests.isEmpty)
        #expect(comparison.reason != nil)
        // Two respondents without a role: their mean would follow from the overall one.
        var blank = "role;age\n"
        for i in 0..<30 { blank += "professional;\(30 + i)\n" }
        for i in 0..<30 { blank += "student;\(20 + i)\n" }
        blank += ";70\n;71\n"
        let hidden = ReportBuilder(data: try analyse(blank, by: ["role"]), options: ReportOptions(minimumGroupSize: 5)).build()
        #expect(hidden.numeric?.first?.comparisons.first?.groups.isEmpty == true)
        let shown = ReportBuilder(data: try analyse(blank, by: ["role"]), options: ReportOptions(minimumGroupSize: 0)).build()
        #expect(shown.numeric?.first?.comparisons.first?.groups.count == 2)
    }

    @Test("a numeric column that turns out to hold a word is left out naming the value and line; few numbers stay categories")
    func notAllNumbers() throws {
        var csv = "score;rating\n"
        for i in 0..<30 { csv += "\(i),5;\(i % 3 + 1)\n" }
        csv += "onbekend;2\n"
        let report = ReportBuilder(data: try analyse(csv), options: ReportOptions()).build()
        #expect(report.numeric == nil)
        let excluded = try #require(report.excluded.first { $0.id == "score" })
        #expect(excluded.reason.contains("'onbekend' op regel 32"))
        // A column of three distinct numbers stays a table, in numeric order.
        #expect(report.item("rating")?.categories.map(\.code) == ["1", "2", "3"])
    }

    @Test("categories of a plain CSV come in order of first appearance, numbers (decimal comma too) in numeric order")
    func categoryOrder() throws {
        let csv = "opinion;weight\nOneens;10,5\nEens;2\nNeutraal;2,25\nEens;10,5\n"
        let report = ReportBuilder(data: try analyse(csv), options: ReportOptions(minimumGroupSize: 0)).build()
        #expect(report.item("opinion")?.categories.map(\.code) == ["Oneens", "Eens", "Neutraal"])
        #expect(report.item("weight")?.categories.map(\.code) == ["2", "2,25", "10,5"])
    }

    /// Issue 9, finding 6 / what to build 7: one language per report. The notes, the reasons a
    /// variable is left out and the skipped values were English in a Dutch report.
    @Test("notes, left-out reasons and skipped values speak the report's language")
    func oneLanguage() throws {
        var csv = "role;score;note\n"
        for i in 0..<30 { csv += "\(i % 2 == 0 ? "a" : "b");\(i),5;w\(i)\n" }
        csv += "a;onbekend;x\n"
        let data = try analyse(csv, by: ["role"])
        let dutch = ReportFormat.markdown.render(ReportBuilder(data: data, options: ReportOptions(language: "nl")).build())
        for english in ["delimiter", "left out", "not categorical", "distinct values", "on line"] {
            #expect(!dutch.contains(english), "Dutch report says '\(english)'")
        }
        #expect(dutch.contains("scheidingsteken: ';'") && dutch.contains("op regel 32"))
        let english = ReportFormat.markdown.render(ReportBuilder(data: data, options: ReportOptions(language: "en")).build())
        #expect(english.contains("delimiter: ';'") && english.contains("on line 32") && !english.contains("regel"))
        // Skipped values of an export-layout file, in both languages.
        let instrument = try quickscan()
        let layout = ExportLayout(instrument: instrument)
        var rows = CSVWriter.line(layout.header)
        var row = [String](repeating: "", count: layout.header.count)
        row[layout.header.firstIndex(of: "role")!] = "astronaut"
        rows += CSVWriter.line(row)
        let warned = try analyse(rows, instrument: instrument)
        let nl = ReportBuilder(data: warned, options: ReportOptions(language: "nl")).build()
        #expect(nl.warnings.contains { $0.hasPrefix("regel 2, kolom 'role': 'astronaut' is geen code van deze vraag") })
        let en = ReportBuilder(data: warned, options: ReportOptions(language: "en")).build()
        #expect(en.warnings.contains { $0.hasPrefix("line 2, column 'role': 'astronaut' is not a code of this item") })
    }

    /// Attacks found in review: each gave one person's number or a hidden group's size back.
    @Test("attack: one respondent without a role is not worked out from region overall minus region within each role")
    func blankFirstSplit() throws {
        var csv = "role;region;age\n"
        for (r, role) in ["p", "s"].enumerated() {
            for (g, region) in ["n", "z"].enumerated() { for i in 0..<20 { csv += "\(role);\(region);\(20 + i + 5 * (2 * r + g))\n" } }
        }
        csv += ";n;71\n"
        let report = ReportBuilder(data: try analyse(csv, by: ["role", "region"]), options: ReportOptions()).build()
        let age = try #require(report.numeric?.first)
        let within = age.comparisons.filter { $0.split == "region" && $0.subset != nil }
        #expect(within.count == 2 && within.allSatisfy { $0.groups.isEmpty })
        // Without the lone blank, everything is shown.
        let clean = csv.components(separatedBy: "\n").dropLast(2).joined(separator: "\n") + "\n"
        let shown = ReportBuilder(data: try analyse(clean, by: ["role", "region"]), options: ReportOptions()).build()
        #expect(shown.numeric?.first?.comparisons.allSatisfy { !$0.groups.isEmpty } == true)
    }

    @Test("attack: a split that hides a group's size does not give it back through the numbers' n per group")
    func hiddenSplitGroup() throws {
        var csv = "role;age\n"
        for i in 0..<30 { csv += "p;\(30 + i)\n" }
        for i in 0..<6 { csv += "s;\(20 + i)\n" }
        csv += "o;\no;\n"
        let report = ReportBuilder(data: try analyse(csv, by: ["role"]), options: ReportOptions()).build()
        #expect(report.splits.first?.groups.contains { $0.n == nil } == true)
        let byRole = try #require(report.numeric?.first?.comparisons.first)
        #expect(byRole.groups.isEmpty && byRole.tests.isEmpty)
    }

    @Test("attack: the export's -98/-99 in a numeric column are no answer, not the number -98")
    func exportMissingCodes() throws {
        let json = """
            {"id":"t","languages":["nl"],"title":{"nl":"T"},"scales":{},"sections":[{"id":"s","title":{"nl":"S"},"items":[
              {"id":"hours","type":"numeric","min":0,"max":80,"text":{"nl":"Uren"}}]}]}
            """
        let instrument = try InstrumentParser.load(Data(json.utf8))
        var csv = "response_id,hours\n"
        for i in 0..<10 { csv += "r\(i),\(10 + i)\n" }
        csv += "r10,-98\nr11,-99\n"
        let report = ReportBuilder(data: try analyse(csv, instrument: instrument), options: ReportOptions()).build()
        let hours = try #require(report.numeric?.first)
        #expect(hours.n == 10 && hours.missing == 2)
        #expect(hours.descriptives?.mean == 14.5)
    }

    @Test("a column mixing decimal points and commas is read, with a note to check it")
    func mixedSeparators() throws {
        var csv = "hours;team\n"
        for i in 0..<30 { csv += i % 2 == 0 ? "\(i).5;a\n" : "\(i),5;b\n" }
        let data = try analyse(csv)
        #expect(data.notes.contains { $0.en.contains("both decimal points and decimal commas in hours") })
        let report = ReportBuilder(data: data, options: ReportOptions()).build()
        #expect(report.numeric?.first?.n == 30)
        #expect(report.notes.contains { $0.contains("controleer de getallen") })
        let clean = try analyse("hours;team\n" + (0..<30).map { "\($0),5;a\n" }.joined())
        #expect(!clean.notes.contains { $0.en.contains("both decimal") })
    }
}
