import Foundation
import Testing
import ZIPFoundation

@testable import VoelsprietWeb

/// Issue 9, finding 5: the comma CSV opened as one garbled column in Dutch Excel, and there was no
/// spreadsheet export. The Excel dialect and the workbook, downloaded as a researcher does.
@Suite("Answers for Excel")
struct ExportFormatTests {
    @Test("the Dutch Excel CSV has a byte-order mark and semicolons; the .xlsx holds the answers and the codebook")
    func excelDownloads() async throws {
        try await TestApp.run(demoResponses: true) { client, _ in
            var browser = Browser(client)
            _ = try await ResearcherTests.login(&browser)
            let csv = try await browser.get("/admin/studies/quickscan/answers-excel.csv")
            #expect(csv.status == .ok)
            let bytes = Array(csv.body.readableBytesView)
            #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix("response_id;submitted_on;language;role;"))
            #expect(text.split(separator: "\r\n").count == 132)
            let xlsx = try await browser.get("/admin/studies/quickscan/answers.xlsx")
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let archive = try Archive(data: Data(xlsx.body.readableBytesView), accessMode: .read)
            var workbook = Data()
            _ = try archive.extract(try #require(archive["xl/workbook.xml"])) { workbook.append($0) }
            let names = String(decoding: workbook, as: UTF8.self)
            #expect(names.contains("name=\"answers\""))
            #expect(names.contains("name=\"codebook\""))
            var sheet = Data()
            _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
            let xml = String(decoding: sheet, as: UTF8.self)
            // The missing code is a number cell, not text.
            #expect(xml.contains("<v>-99</v>"))
            #expect(!xml.contains("<f>"))
        }
    }
}
