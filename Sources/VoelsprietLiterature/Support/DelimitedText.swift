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
    /// field is kept as a character (as Excel and R do). A line break inside a quoted field
    /// (CRLF, LF or CR) is kept as one LF.
    ///
    /// The text is scanned as UTF-8 bytes: every character with a meaning here (quote, CR,
    /// LF, an ASCII delimiter) is one byte, and no byte of a multi-byte UTF-8 sequence is an
    /// ASCII byte, so splitting bytes splits the same places as splitting Unicode scalars.
    /// A non-ASCII delimiter is matched as its UTF-8 byte sequence.
    public static func rows(_ text: String, delimiter: Unicode.Scalar) throws(DelimitedTextError) -> [DelimitedRow] {
        var text = text
        let delimiterBytes = Array(String(Character(delimiter)).utf8)
        let result: Result<[DelimitedRow], DelimitedTextError> = text.withUTF8 { bytes in
            var scanner = DelimitedByteScanner(bytes: bytes, delimiter: delimiterBytes)
            do throws(DelimitedTextError) { return .success(try scanner.scan()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

/// The state machine of `DelimitedText.rows` over UTF-8 bytes.
private struct DelimitedByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: [UInt8]
    var rows: [DelimitedRow] = []
    var fields: [String] = []
    /// Bytes of the field being read (only used once a field needs rewriting: quotes, line
    /// breaks inside quotes); plain fields are decoded straight from `bytes`.
    var buffer: [UInt8] = []
    var line = 1
    var rowLine = 1
    var fieldStarted = false   // any character (or quotes) seen in this field
    var rowHasContent = false

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: [UInt8]) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    private static let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// Whether the delimiter starts at byte `i`.
    @inline(__always) private func isDelimiter(at i: Int) -> Bool {
        guard bytes[i] == delimiter[0] else { return false }
        if delimiter.count == 1 { return true }
        guard i + delimiter.count <= bytes.count else { return false }
        for k in 1..<delimiter.count where bytes[i + k] != delimiter[k] { return false }
        return true
    }

    mutating func scan() throws(DelimitedTextError) -> [DelimitedRow] {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if isDelimiter(at: i) {
                startContent()
                endField()
                i += delimiter.count
            } else if b == Self.quote && !fieldStarted {
                startContent()
                fieldStarted = true
                i = try quotedField(from: i + 1)
            } else if b == Self.cr || b == Self.lf {
                i += b == Self.cr && i + 1 < n && bytes[i + 1] == Self.lf ? 2 : 1
                endRow()
                line += 1
            } else {
                startContent()
                fieldStarted = true
                // A run of plain bytes up to the next delimiter or line break (quotes inside an
                // unquoted field are plain characters).
                var end = i + 1
                while end < n, bytes[end] != Self.cr, bytes[end] != Self.lf, !isDelimiter(at: end) { end += 1 }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
            }
        }
        endRow()
        return rows
    }

    /// Reads a quoted field's content from just after its opening quote; returns the index
    /// after the closing quote.
    private mutating func quotedField(from start: Int) throws(DelimitedTextError) -> Int {
        let quoteStartLine = line
        var i = start
        let n = bytes.count
        var runStart = i
        while i < n {
            let b = bytes[i]
            if b == Self.quote {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                if i + 1 < n, bytes[i + 1] == Self.quote {
                    buffer.append(Self.quote)
                    i += 2
                    runStart = i
                    continue
                }
                return i + 1
            }
            if b == Self.cr {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                buffer.append(Self.lf)
                i += i + 1 < n && bytes[i + 1] == Self.lf ? 2 : 1
                runStart = i
                line += 1
                continue
            }
            if b == Self.lf { line += 1 }
            i += 1
        }
        throw .unterminatedQuote(line: quoteStartLine)
    }

    @inline(__always) private mutating func startContent() {
        if !rowHasContent { rowLine = line }
        rowHasContent = true
    }

    private mutating func endField() {
        fields.append(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
        fieldStarted = false
    }

    private mutating func endRow() {
        if rowHasContent || !fields.isEmpty {
            endField()
            // A row that is one empty field is an empty line: skip it.
            if !(fields.count == 1 && fields[0].isEmpty) {
                rows.append(DelimitedRow(line: rowLine, fields: fields))
            }
        }
        fields.removeAll(keepingCapacity: true)
        buffer.removeAll(keepingCapacity: true)
        fieldStarted = false
        rowHasContent = false
    }
}
