import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// Converts a written .xlsx to CSV with LibreOffice and compares every field with what was
/// written. Runs when LibreOffice is found (VOELSPRIET_LIBREOFFICE, or `libreoffice` / `soffice`
/// on the PATH); skipped otherwise, unless VOELSPRIET_REQUIRE_LIBREOFFICE=1, which makes it fail.
@Suite struct LibreOfficeRoundTripTests {
    static let environment = ProcessInfo.processInfo.environment
    static let required = environment["VOELSPRIET_REQUIRE_LIBREOFFICE"] == "1"
    static let office: String? = {
        if let configured = environment["VOELSPRIET_LIBREOFFICE"] {
            return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return ["libreoffice", "soffice"].lazy.compactMap { name in
            directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }.first
    }()

    static let texts = [
        "a,b;c", "say \"hi\"", "line1\nline2", "één", "Ž", "🎉 👍🏽", "=1+1", "+SUM(A1)", "-3", "0012", "TRUE",
        "2024-01-01", "_x0041_", "  spaced", "tab\there", "a & <b>",
    ]
    static let numbers: [Double] = [0.1, -42.5, 123_456_789.125, 1e-7, 3.141592653589793, 1e20, 0, 2.5e-300]

    static var sheet: Worksheet {
        var rows: [[Cell]] = []
        for (offset, text) in texts.enumerated() {
            let number = numbers[offset % numbers.count]
            rows.append([
                .text(text), .number(number), .integer(offset * 1_000_003 - 5_000_000),
                .date(year: 1990 + offset * 7, month: 1 + offset % 12, day: 28 - offset),
                .dateTime(year: 2024, month: 2, day: 29, hour: offset, minute: 59 - offset, second: offset * 3),
                offset % 3 == 0 ? .empty : .bool(offset % 2 == 0),
            ])
        }
        rows.append([.text("ctrl\u{07}bell")])
        let columns = ["Tekst", "Getal", "Geheel", "Datum", "Datum en tijd", "Waar"].map { Column($0) }
        return Worksheet(name: "Round trip", columns: columns, rows: rows, autoFilter: true)
    }

    /// The field LibreOffice shows for a cell, and whether it is text (quoted).
    static func expected(_ cell: Cell) -> CSVRecords.Field {
        switch cell {
        case .empty: return .init(text: "", quoted: false)
        case .text(let text): return .init(text: text.replacingOccurrences(of: "\u{07}", with: "\u{FFFD}"), quoted: true)
        case .number(let value): return .init(text: String(value), quoted: false)
        case .integer(let value): return .init(text: String(value), quoted: false)
        case .date(let y, let m, let d): return .init(text: "\(y)-\(pad(m))-\(pad(d))", quoted: false)
        case .dateTime(let y, let m, let d, let h, let mi, let s):
            return .init(text: "\(y)-\(pad(m))-\(pad(d)) \(pad(h)):\(pad(mi)):\(pad(s))", quoted: false)
        case .bool(let value): return .init(text: value ? "TRUE" : "FALSE", quoted: false)
        }
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    @Test(.enabled(if: office != nil || required, "LibreOffice not found; set VOELSPRIET_LIBREOFFICE"))
    func csvFromLibreOfficeEqualsWhatWasWritten() async throws {
        guard let office = Self.office else {
            Issue.record("VOELSPRIET_REQUIRE_LIBREOFFICE=1 but LibreOffice (libreoffice or soffice) is missing")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voelspriet-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = Self.sheet
        let xlsx = directory.appendingPathComponent("export.xlsx")
        try XLSXWriter().write(Workbook(sheets: [sheet, Worksheet(name: "Second", rows: [["x"]])])).write(to: xlsx)

        // Comma, double quote, UTF-8 (76), from line 1; quote all text cells; cells as shown. The C
        // locale keeps LibreOffice's display (decimal point, TRUE/FALSE) independent of the machine.
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,false,true"
        let profile = directory.appendingPathComponent("profile")
        let status = try await ProcessRunner.run(
            office,
            ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", filter, "--outdir", directory.path, xlsx.path],
            environment: ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"], timeout: 180)
        #expect(status == 0)
        let csv = try String(contentsOf: directory.appendingPathComponent("export.csv"), encoding: .utf8)
        let records = CSVRecords.parse(csv)

        let header = sheet.columns.map { CSVRecords.Field(text: $0.header, quoted: true) }
        #expect(records.first == header)
        #expect(records.count == sheet.rows.count + 1)
        for (offset, row) in sheet.rows.enumerated() {
            let fields = records[safe: offset + 1] ?? []
            for column in 0..<sheet.columns.count {
                let cell = row[safe: column] ?? .empty
                let field = fields[safe: column] ?? .init(text: "<missing>", quoted: false)
                if case .number(let value) = cell {
                    // LibreOffice shows General numbers with 15 significant digits.
                    let shown = Double(field.text) ?? .nan
                    #expect(!field.quoted && abs(shown - value) <= 1e-14 * abs(value), "row \(offset + 2): \(field.text)")
                } else {
                    #expect(field == Self.expected(cell), "row \(offset + 2), column \(column + 1)")
                }
            }
        }
    }
}
