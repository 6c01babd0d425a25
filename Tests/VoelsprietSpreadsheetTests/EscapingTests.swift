import Foundation
import Testing
@testable import VoelsprietSpreadsheet

/// Texts come back from XMLParser exactly as written, except XML-forbidden characters (U+FFFD).
@Suite struct EscapingTests {
    static let bell = "ring\u{07}bell"
    static let texts = [
        "a & b < c > d", "say \"hi\" and 'bye'", "line1\nline2", "cr\r\nlf", "tab\there", "  padded  ",
        "één Ž 🎉 日本", "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "_x0041_", "_X00e9_ and _x12_",
        "]]> <![CDATA[", "", "e\u{301}", "\u{E9}",
    ]

    func roundTrip(_ texts: [String], sheetName: String = "S") throws -> (file: XLSXFile, values: [String]) {
        let sheet = Worksheet(name: sheetName, rows: texts.map { [.text($0)] })
        let file = try XLSXFile(try XLSXWriter().write(Workbook(sheets: [sheet])))
        let cells = try file.cells(sheet: 1)
        return (file, texts.indices.map { cells["A\($0 + 1)"]?.value ?? "<missing>" })
    }

    /// Undoes ECMA-376 ST_Xstring `_xHHHH_` escapes, as spreadsheet readers do.
    static func unescapeXstring(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if after.count >= 5, after.dropFirst(4).first == "_", let code = UInt32(after.prefix(4), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    @Test func textsRoundTripExactly() throws {
        let (_, values) = try roundTrip(Self.texts)
        let decoded = values.map(Self.unescapeXstring)
        #expect(decoded == Self.texts)
        // Compared by scalars too: canonically equivalent spellings stay distinct.
        #expect(decoded.map { Array($0.unicodeScalars) } == Self.texts.map { Array($0.unicodeScalars) })
    }

    @Test func escapesLiteralXstringPatterns() throws {
        let (file, _) = try roundTrip(["_x0041_", "a_b", "_x12_"])
        let raw = String(decoding: file.entries["xl/sharedStrings.xml"] ?? Data(), as: UTF8.self)
        #expect(raw.contains("<t>_x005F_x0041_</t>"))
        #expect(raw.contains("<t>a_b</t>") && raw.contains("<t>_x12_</t>"))
    }

    @Test func forbiddenCharactersBecomeReplacementCharacters() throws {
        let texts = [Self.bell, "nul\u{0}", "\u{1F}\u{0B}\u{0C}", "nonchar\u{FFFE}\u{FFFF}", "ok\u{7F}\u{85}\u{FFFD}"]
        let (_, values) = try roundTrip(texts)
        let expected = ["ring\u{FFFD}bell", "nul\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}", "nonchar\u{FFFD}\u{FFFD}", "ok\u{7F}\u{85}\u{FFFD}"]
        #expect(values == expected)
    }

    @Test func carriageReturnAndSpacesArePreserved() throws {
        let (file, values) = try roundTrip(["cr\r\nlf", "  padded  "])
        #expect(values == ["cr\r\nlf", "  padded  "])
        let raw = String(decoding: file.entries["xl/sharedStrings.xml"] ?? Data(), as: UTF8.self)
        #expect(raw.contains("cr&#13;\nlf"))
        #expect(raw.contains("<t xml:space=\"preserve\">  padded  </t>"))
    }

    @Test func sheetNamesAndHeadersAreEscaped() throws {
        let name = "R&D <\"Q1\">"
        let sheet = Worksheet(name: name, columns: [Column("a<b & \"c\"")], rows: [[.integer(1)]], autoFilter: true)
        let file = try XLSXFile(try XLSXWriter().write(Workbook(sheets: [sheet])))
        let workbook = try file.xml("xl/workbook.xml")
        #expect(workbook.all("sheet").first?["name"] == name)
        let filter = workbook.all("definedName").first?.text
        let expected = "'" + name + "'!$A$1:$A$2"
        #expect(filter == expected)
        #expect(try file.cells(sheet: 1)["A1"]?.value == "a<b & \"c\"")

        let apostrophe = Worksheet(name: "Tom's", columns: [Column("x")], autoFilter: true)
        let second = try XLSXFile(try XLSXWriter().write(Workbook(sheets: [apostrophe])))
        #expect(try second.xml("xl/workbook.xml").all("definedName").first?.text == "'Tom''s'!$A$1:$A$1")
    }

    @Test func attributeEscapingKeepsWhitespace() {
        let escaped = XMLText.escaped("a\tb\nc\rd\"e", attribute: true)
        #expect(escaped == "a&#9;b&#10;c&#13;d&quot;e")
    }
}
