import Testing
@testable import VoelsprietLiterature

/// `DelimitedText.rows` (a byte scanner) on hand-made cases, and against the earlier
/// scalar-by-scalar reader (kept below as the reference) on many random texts. (Inputs with
/// escapes are bound to constants first: this toolchain mishandles them inside `#expect`.)
@Suite struct DelimitedTextTests {
    func fields(_ text: String, _ delimiter: Unicode.Scalar = ",") throws -> [[String]] {
        try DelimitedText.rows(text, delimiter: delimiter).map(\.fields)
    }

    @Test func lineEndingsCRLFAndBareCR() throws {
        let expected = [["a", "b"], ["c", "d"], ["e", "f"]]
        let crlf = try fields("a,b\r\nc,d\r\ne,f\r\n")
        let cr = try fields("a,b\rc,d\re,f")
        let mixed = try fields("a,b\nc,d\r\ne,f\r")
        #expect(crlf == expected)
        #expect(cr == expected)
        #expect(mixed == expected)
        let lines = try DelimitedText.rows("a,b\r\n\r\nc,d\re,f", delimiter: ",").map(\.line)
        #expect(lines == [1, 3, 4])
    }

    @Test func quotesDoubledAndInsideUnquotedFields() throws {
        let rows = try fields("\"a,1\",\"say \"\"hi\"\"\",x\"y,\"\"\n")
        let expected = [["a,1", "say \"hi\"", "x\"y", ""]]
        #expect(rows == expected)
        // Text after a closing quote belongs to the same field.
        let after = try fields("\"ab\"c,d")
        #expect(after == [["abc", "d"]])
    }

    @Test func multilineQuotedFieldsKeepOneLFAndCountLines() throws {
        let rows = try DelimitedText.rows("id,text\r\n1,\"two\r\nlines\rand\nmore\"\r\n2,x\r\n", delimiter: ",")
        let expected = [["id", "text"], ["1", "two\nlines\nand\nmore"], ["2", "x"]]
        #expect(rows.map(\.fields) == expected)
        #expect(rows.map(\.line) == [1, 2, 6])
    }

    @Test func emptyLinesAndEmptyFields() throws {
        let rows = try fields("\n\na,,b\n,\n\n\"\"\n")
        #expect(rows == [["a", "", "b"], ["", ""]])
        let none = try fields("")
        #expect(none.isEmpty)
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let text = "a,b\nc,\"open\nstill open"
        #expect(throws: DelimitedTextError.unterminatedQuote(line: 2)) {
            try DelimitedText.rows(text, delimiter: ",")
        }
    }

    @Test func otherDelimitersAndMultibyteText() throws {
        let semicolon = try fields("Zürich;naïve \u{1F600};\"a;b\"", ";")
        let expected = [["Zürich", "naïve \u{1F600}", "a;b"]]
        #expect(semicolon == expected)
        let tab = try fields("a\tb,c\t\td", "\t")
        #expect(tab == [["a", "b,c", "", "d"]])
        // A non-ASCII delimiter is matched whole, not by its first byte.
        let section = try fields("x§y§é§\"§\"", "§")
        #expect(section == [["x", "y", "é", "§"]])
    }

    /// Random texts over an alphabet rich in the bytes that matter, compared row by row
    /// (fields, lines and thrown errors) with the scalar reader.
    @Test func agreesWithScalarReaderOnRandomTexts() {
        let alphabet: [String] = [",", ";", "\"", "\"\"", "\r", "\n", "\r\n", "a", "b", " ", "é", "§", "\u{1F600}", "xyz"]
        var generator = SplitMix64(seed: 2024)
        var mismatches: [String] = []
        for _ in 0..<3000 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            for delimiter: Unicode.Scalar in [",", ";", "§"] {
                let ours = Result { () throws(DelimitedTextError) in try DelimitedText.rows(text, delimiter: delimiter) }
                let reference = Result { () throws(DelimitedTextError) in try ScalarReferenceReader.rows(text, delimiter: delimiter) }
                if ours != reference { mismatches.append(text.debugDescription) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}

/// The reader as it was before the byte scanner: Unicode scalar by scalar (the reference).
private enum ScalarReferenceReader {
    static func rows(_ text: String, delimiter: Unicode.Scalar) throws(DelimitedTextError) -> [DelimitedRow] {
        var rows: [DelimitedRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var quoteStartLine = 1
        var fieldStarted = false   // any character (or quotes) seen in this field
        var rowHasContent = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
        }
        func endRow() {
            if rowHasContent || fields.count > 0 {
                endField()
                // A row that is one empty field is an empty line: skip it.
                if !(fields.count == 1 && fields[0].isEmpty) {
                    rows.append(DelimitedRow(line: rowLine, fields: fields))
                }
            }
            fields = []
            field = String.UnicodeScalarView()
            fieldStarted = false
            rowHasContent = false
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if scalar == "\r" {
                        let next = iterator.next()
                        if next != "\n" { pending = next }
                        field.append("\n")
                        line += 1
                    } else {
                        if scalar == "\n" { line += 1 }
                        field.append(scalar)
                    }
                }
                continue
            }
            switch scalar {
            case delimiter:
                if !rowHasContent { rowLine = line }
                rowHasContent = true
                endField()
            case "\"" where !fieldStarted:
                if !rowHasContent { rowLine = line }
                inQuotes = true
                quoteStartLine = line
                fieldStarted = true
                rowHasContent = true
            case "\r", "\n":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRow()
                line += 1
            default:
                if !rowHasContent { rowLine = line }
                field.append(scalar)
                fieldStarted = true
                rowHasContent = true
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteStartLine) }
        endRow()
        return rows
    }
}
