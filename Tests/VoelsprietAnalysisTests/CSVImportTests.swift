import Testing
import VoelsprietDomain

@testable import VoelsprietAnalysis

@Suite("Reading answers from CSV")
struct CSVImportTests {
    @Test("plain CSV: columns with at most 20 values are items; only empty cells are missing; 'NA' and 'None' are categories")
    func plainCSV() throws {
        var csv = "id,gender,answer,score\n"
        for index in 0..<30 {
            let gender = index % 3 == 0 ? "NA" : (index % 3 == 1 ? "f" : "m")
            let answer = index == 4 ? "" : (index % 2 == 0 ? "None" : "yes")
            csv += "\(index),\(gender),\(answer),\(index % 5 + 1)\n"
        }
        let data = try analyse(csv, by: ["gender"])
        let report = ReportBuilder(data: data).build()
        #expect(report.item("id") == nil)
        #expect(report.excluded.contains { $0.id == "id" && $0.reason.contains("volgnummer") })
        #expect(report.numeric == nil)
        let answer = try #require(report.item("answer"))
        #expect(answer.n == 29)
        #expect(answer.missing == 1)
        #expect(answer.categories.map(\.code) == ["None", "yes"])
        #expect(answer.categories.map(\.count) == [14, 15])
        // Numbers sort numerically; groups are the split column's values, in order of first appearance.
        #expect(try #require(report.item("score")).categories.map(\.code) == ["1", "2", "3", "4", "5"])
        #expect(report.splits.first?.groups.map(\.id) == ["NA", "f", "m"])
        #expect(answer.tests.count == 1)
    }

    @Test("--missing names codes that mean missing")
    func missingCodes() throws {
        let data = try analyse("q\n1\n2\n99\n\n1\n", options: CSVImportOptions(missingCodes: ["99"]))
        let item = try #require(ReportBuilder(data: data).build().item("q"))
        #expect(item.n == 3)
        #expect(item.missing == 1)
    }

    @Test("ragged rows, Latin-1 bytes, UTF-16 and a single-column header are errors that say where")
    func badFiles() throws {
        #expect(throws: AnalysisError.csv(.raggedRow(line: 3, expected: 2, found: 3))) { try analyse("a,b\n1,2\n1,2,3\n") }
        var latin1 = Array("a,b\n1,caf".utf8)
        latin1 += [0xE9, 0x0A]
        #expect(throws: AnalysisError.csv(.notUTF8(line: 2, column: "b"))) { try analyse(bytes: latin1) }
        #expect(throws: AnalysisError.csv(.utf16)) { try analyse(bytes: [0xFF, 0xFE, 0x61, 0x00]) }
        #expect(throws: AnalysisError.csv(.singleColumn(delimiter: ","))) {
            try analyse("a;b;c\n1;2;3\n", options: CSVImportOptions(delimiter: 0x2C))
        }
        #expect(throws: AnalysisError.csv(.empty)) { try analyse("") }
        #expect(throws: AnalysisError.csv(.duplicateColumn(name: "a", columns: [1, 2]))) { try analyse("a,a\n1,2\n") }
    }

    @Test("a semicolon file is read with its delimiter, and the report says so")
    func semicolons() throws {
        let data = try analyse("a;b\n1;x\n2;y\n")
        #expect(data.notes.map(\.en).contains("delimiter: ';'"))
        #expect(ReportBuilder(data: data).build().item("b")?.n == 2)
    }

    @Test("instrument CSV: unknown columns and codes outside the codebook are skipped with a warning naming line and column")
    func instrumentWarnings() throws {
        let csv = "response_id,role,experience,extra,knows_others\nr1,professional,past,x,yes\nr2,teacher,no,y,maybe\nr3,student,no,z,no\n"
        let data = try analyse(csv, instrument: try quickscan(), by: ["role"])
        #expect(data.warnings.contains { $0.line == 1 && $0.column == "extra" })
        #expect(data.warnings.contains { $0.line == 3 && $0.column == "role" && $0.message.en.contains("'teacher'") })
        #expect(data.warnings.contains { $0.line == 3 && $0.column == "knows_others" })
        let report = ReportBuilder(data: data).build()
        let role = try #require(report.item("role"))
        #expect(role.n == 2)
        #expect(role.missing == 1)
        // Items the file has no column for are listed, not silently empty.
        #expect(report.excluded.contains { $0.id == "sharing_desirability" })
    }

    @Test("branching: an item that did not apply is neither counted nor missing")
    func branching() throws {
        let csv = "role,experience,institution\nprofessional,no,\nstudent,no,han\nstudent,past,\n"
        let item = try #require(ReportBuilder(data: try analyse(csv, instrument: try quickscan())).build().item("institution"))
        #expect(item.n == 1)
        #expect(item.missing == 1)
        #expect(item.notApplicable == 1)
    }

    @Test("a split by an unknown or non-categorical column is refused with the reason")
    func badSplits() throws {
        #expect(throws: AnalysisError.self) { try analyse("a,b\n1,2\n", by: ["c"]) }
        var csv = "id,g\n"
        for index in 0..<25 { csv += "\(index),\(index % 2)\n" }
        #expect(throws: AnalysisError.splitNotCategorical(name: "id", reason: "it has more than 20 distinct values")) {
            try analyse(csv, by: ["id"])
        }
    }
}
