import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// Serial numbers against Fixtures/date_serials.json (Python datetime, checked against
/// openpyxl's to_excel; made by Fixtures/make_date_serials.py): 311 dates and date-times.
@Suite struct DateSerialTests {
    struct Case: Decodable {
        let year, month, day, hour, minute, second, serial: Int
        let serialWithTime: Double
    }

    struct Fixture: Decodable { let cases: [Case] }

    static func fixture() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/date_serials.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).cases
    }

    @Test func serialsEqualTheReference() throws {
        let cases = try Self.fixture()
        #expect(cases.count == 311)
        for item in cases {
            #expect(DateSerial.problem(year: item.year, month: item.month, day: item.day) == nil)
            #expect(DateSerial.serial(year: item.year, month: item.month, day: item.day) == item.serial)
            let withTime = DateSerial.serial(
                year: item.year, month: item.month, day: item.day, hour: item.hour, minute: item.minute, second: item.second)
            #expect(withTime == item.serialWithTime, "\(item.year)-\(item.month)-\(item.day)")
        }
    }

    @Test func cellsCarryTheSerial() throws {
        let cases = Array(try Self.fixture().prefix(50))
        let rows: [[Cell]] = cases.map {
            [.date(year: $0.year, month: $0.month, day: $0.day),
             .dateTime(year: $0.year, month: $0.month, day: $0.day, hour: $0.hour, minute: $0.minute, second: $0.second)]
        }
        let cells = try XLSXFile(try XLSXWriter().write(Workbook(sheets: [Worksheet(name: "D", rows: rows)]))).cells(sheet: 1)
        for (offset, item) in cases.enumerated() {
            #expect(cells["A\(offset + 1)"] == XLSXFile.ReadCell(type: nil, style: "2", value: String(item.serial)))
            #expect(cells["B\(offset + 1)"]?.style == "3")
            #expect(cells["B\(offset + 1)"].flatMap { Double($0.value) } == item.serialWithTime)
        }
    }

    @Test func everyDayOfTheRangeIsOneMoreThanTheDayBefore() {
        var expected = 61
        for year in 1900...9999 {
            for month in 1...12 where year > 1900 || month >= 3 {
                for day in 1...DateSerial.daysInMonth(year: year, month: month) {
                    if DateSerial.serial(year: year, month: month, day: day) != expected {
                        Issue.record("\(year)-\(month)-\(day)")
                        return
                    }
                    expected += 1
                }
            }
        }
        #expect(expected - 1 == 2_958_465)
    }
}
