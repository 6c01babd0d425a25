import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// The package parts, read back with ZIPFoundation and parsed with XMLParser.
@Suite struct PackageTests {
    static let workbook = Workbook(sheets: [
        Worksheet(
            name: "Antwoorden",
            columns: [Column("Respondent", width: 14), Column("Leeftijd"), Column("Datum", width: 11.5), Column("Akkoord")],
            rows: [
                [.text("R1"), .integer(34), .date(year: 2024, month: 3, day: 15), .bool(true)],
                [.text("R2"), .number(41.5), .dateTime(year: 2024, month: 3, day: 16, hour: 12, minute: 0, second: 0), .bool(false)],
                [.text("R1"), .empty, .empty, .empty],
            ],
            freezeHeader: true, autoFilter: true),
        Worksheet(name: "Tom's data", rows: [[.number(1)], [], [.empty, .text("=1+1")]], freezeHeader: true),
    ])

    @Test func writesEveryPartAsWellFormedXML() throws {
        let file = try XLSXFile(try XLSXWriter().write(Self.workbook))
        let expected = [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml",
        ]
        #expect(Set(file.entries.keys) == Set(expected))
        for path in expected { _ = try file.xml(path) }

        let types = try file.xml("[Content_Types].xml").all("Override").compactMap { $0["PartName"] }
        #expect(Set(types) == Set(expected.filter { !$0.hasPrefix("[") && !$0.hasSuffix(".rels") }.map { "/" + $0 }))
        let rootTargets = try file.xml("_rels/.rels").all("Relationship").compactMap { $0["Target"] }
        #expect(rootTargets.contains("xl/workbook.xml"))
    }

    @Test func workbookListsSheetsWithTheirRelationships() throws {
        let file = try XLSXFile(try XLSXWriter().write(Self.workbook))
        let workbook = try file.xml("xl/workbook.xml")
        let sheets = workbook.all("sheet")
        #expect(sheets.map { $0["name"] } == ["Antwoorden", "Tom's data"])
        let relations = try file.xml("xl/_rels/workbook.xml.rels").all("Relationship")
        let targets = Dictionary(uniqueKeysWithValues: relations.compactMap { r in r["Id"].map { ($0, r["Target"] ?? "") } })
        #expect(sheets.map { $0["r:id"].flatMap { targets[$0] } } == ["worksheets/sheet1.xml", "worksheets/sheet2.xml"])
        #expect(targets.values.contains("styles.xml") && targets.values.contains("sharedStrings.xml"))
        let names = workbook.all("definedName")
        #expect(names.count == 1)
        #expect(names.first?["name"] == "_xlnm._FilterDatabase" && names.first?["localSheetId"] == "0")
        #expect(names.first?.text == "'Antwoorden'!$A$1:$D$4")
    }

    @Test func cellsHaveTheirTypesValuesAndStyles() throws {
        let file = try XLSXFile(try XLSXWriter().write(Self.workbook))
        let cells = try file.cells(sheet: 1)
        typealias C = XLSXFile.ReadCell
        #expect(cells["A1"] == C(type: "s", style: "1", value: "Respondent"))
        #expect(cells["D1"] == C(type: "s", style: "1", value: "Akkoord"))
        #expect(cells["A2"] == C(type: "s", style: nil, value: "R1"))
        #expect(cells["B2"] == C(type: nil, style: nil, value: "34"))
        #expect(cells["C2"] == C(type: nil, style: "2", value: "45366"))  // 2024-03-15
        #expect(cells["D2"] == C(type: "b", style: nil, value: "1"))
        #expect(cells["B3"] == C(type: nil, style: nil, value: "41.5"))
        #expect(cells["C3"] == C(type: nil, style: "3", value: "45367.5"))
        #expect(cells["D3"] == C(type: "b", style: nil, value: "0"))
        #expect(cells["A4"] == C(type: "s", style: nil, value: "R1"))
        #expect(cells["B4"] == nil && cells["C4"] == nil)
        #expect(cells.count == 4 + 4 + 4 + 1)

        let strings = try file.xml("xl/sharedStrings.xml")
        // Headers, R1, R2 (R1 twice) on sheet 1 and "=1+1" on sheet 2: 8 references, 7 distinct.
        #expect(strings["count"] == "8" && strings["uniqueCount"] == "7")
        #expect(file.sharedStrings.filter { $0 == "R1" }.count == 1)
        let second = try file.cells(sheet: 2)
        #expect(second == ["A1": C(type: nil, style: nil, value: "1"), "B3": C(type: "s", style: nil, value: "=1+1")])
        let hasFormula = try file.xml("xl/worksheets/sheet2.xml").all("f").isEmpty == false
        #expect(!hasFormula)
    }

    @Test func stylesHaveBoldHeaderAndDateFormats() throws {
        let file = try XLSXFile(try XLSXWriter().write(Self.workbook))
        let styles = try file.xml("xl/styles.xml")
        let formats = Dictionary(uniqueKeysWithValues: styles.all("numFmt").map { ($0["numFmtId"] ?? "", $0["formatCode"] ?? "") })
        #expect(formats == ["164": "yyyy-mm-dd", "165": "yyyy-mm-dd hh:mm:ss"])
        let fonts = styles.child("fonts")?.children ?? []
        let xfs = styles.child("cellXfs")?.children ?? []
        #expect(xfs.count == 4 && styles.child("cellXfs")?["count"] == "4")
        let headerFont = xfs[safe: Styles.header].flatMap { $0["fontId"] }.flatMap(Int.init).flatMap { fonts[safe: $0] }
        #expect(headerFont?.child("b") != nil)
        #expect(fonts.first?.child("b") == nil)
        #expect(xfs[safe: Styles.date]?["numFmtId"] == "164")
        #expect(xfs[safe: Styles.dateTime]?["numFmtId"] == "165")
    }

    @Test func sheetHasDimensionFrozenPaneFilterAndWidths() throws {
        let file = try XLSXFile(try XLSXWriter().write(Self.workbook))
        let sheet = try file.xml("xl/worksheets/sheet1.xml")
        #expect(sheet.child("dimension")?["ref"] == "A1:D4")
        let pane = sheet.all("pane").first
        #expect(pane?["ySplit"] == "1" && pane?["topLeftCell"] == "A2" && pane?["state"] == "frozen")
        #expect(sheet.child("autoFilter")?["ref"] == "A1:D4")
        let widths = sheet.all("col").map { [$0["min"], $0["max"], $0["width"], $0["customWidth"]] }
        #expect(widths == [["1", "1", "14.0", "1"], ["3", "3", "11.5", "1"]])
        #expect(sheet.children.map(\.name) == ["dimension", "sheetViews", "cols", "sheetData", "autoFilter", "pageMargins"])
        #expect(sheet.all("row").map { $0["r"] } == ["1", "2", "3", "4"])

        // No header row on sheet 2: no pane even with freezeHeader; empty rows left out.
        let second = try file.xml("xl/worksheets/sheet2.xml")
        #expect(second.child("dimension")?["ref"] == "A1:B3")
        #expect(second.all("pane").isEmpty && second.child("autoFilter") == nil)
        #expect(second.all("row").map { $0["r"] } == ["1", "3"])
        #expect(sheet.all("sheetView").first?["tabSelected"] == "1" && second.all("sheetView").first?["tabSelected"] == nil)
    }

    @Test func emptySheetAndEqualBytes() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "Leeg")])
        let data = try XLSXWriter().write(workbook)
        let sheet = try XLSXFile(data).xml("xl/worksheets/sheet1.xml")
        #expect(sheet.child("dimension")?["ref"] == "A1")
        #expect(sheet.child("sheetData")?.children.isEmpty == true)
        #expect(try XLSXWriter().write(workbook) == data)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
