import Testing

@testable import VoelsprietAnalysis

@Suite("CSV scanner")
struct CSVScannerTests {
    func rows(_ text: String, delimiter: UInt8 = 0x2C) throws -> [[String]] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: delimiter)
            var cells: [CSVCell] = []
            var out: [[String]] = []
            while try scanner.nextRow(into: &cells) != nil { out.append(cells.map { scanner.string($0) ?? "<invalid>" }) }
            return out
        }
    }

    @Test("quotes, doubled quotes, newlines in cells, CRLF, BOM, blank lines, empty last cell")
    func rfc4180() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n1,,\n"
        #expect(try rows(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["1", "", ""]])
    }

    @Test("errors name the line and column")
    func errors() {
        #expect(throws: CSVError.unterminatedQuote(line: 2, column: 2)) { try rows("a,b\n1,\"open\n") }
        #expect(throws: CSVError.textAfterClosingQuote(line: 1, column: 1)) { try rows("\"a\"x,b\n") }
    }

    @Test("the delimiter is guessed from the header")
    func delimiter() {
        for (text, expected) in [("a;b;c\n1;2;3", UInt8(0x3B)), ("a\tb\n", 0x09), ("a,b\n", 0x2C), ("\"a;b\",c\n", 0x2C)] {
            let guessed = Array(text.utf8).withUnsafeBytes { CSVScanner.guessDelimiter($0) }
            #expect(guessed == expected, "\(text)")
        }
    }
}
