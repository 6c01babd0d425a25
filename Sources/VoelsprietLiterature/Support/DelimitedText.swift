// Delimited text (CSV, TSV, semicolon files) as RFC 4180 describes it, with any one-character
// delimiter: fields may be quoted with `"`, a quote inside a quoted field is doubled, quoted
// fields may span lines. Line endings CRLF, LF and bare CR are all accepted. Each row carries
// the 1-based line it starts on, so messages can name it.

/// One row of a delimited file.
public struct DelimitedRow: Sendable, Equatable {
    /// 1-based line number of the row's first character.
    public var line: Int
    public var fields: [String]
}

public enum DelimitedTextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A quoted field that is still open at the end of the text (line where it started).
    case unterminatedQuote(line: Int)

    public var description: String {
        switch self {
        case .unterminatedQuote(let line): "a quoted field that starts on line \(line) is never closed"
        }
    }
}

public enum DelimitedText {
    /// Splits `text` into rows. Empty lines are skipped. A quote in the middle of an unquoted
    /// field is kept as a character (as Excel and R do).
    public static func rows(_ text: String, delimiter: Unicode.Scalar) throws(DelimitedTextError) -> [DelimitedRow] {
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
