/// Reads RIS into tagged records.
///
/// A tag line is two characters (`A-Z`, then `A-Z` or `0-9`), one or more spaces or tabs, a
/// hyphen, then a space or the end of the line (`TY  - JOUR`, `ER  -`, EndNote's `A1\t- `).
/// `TY` opens a record, `ER` closes it. Inside a record any other line continues the field
/// before it (EndNote and Rayyan put one keyword per untagged line). Outside a record, blank
/// lines and record numbers (`1.`, as Ovid and EBSCO write them) are skipped silently; any
/// other line is skipped with a warning (one per block of such lines).
///
/// A record whose `ER` is missing (the last one of a truncated file, or one followed directly
/// by the next `TY`) is kept, with a warning naming its first line: that is what rispy,
/// EndNote and Zotero do with such files.
struct RISParser {
    private(set) var records: [TaggedRecord] = []
    private(set) var warnings: [ImportWarning] = []
    private var current: TaggedRecord?
    private var junk: (first: Int, last: Int, sample: String)?

    static func parse(_ bytes: [UInt8], progress: inout ImportProgress) -> RISParser {
        var parser = RISParser()
        var lines = ByteLines(bytes)
        while let line = lines.next() {
            parser.consume(line, bytes)
            progress.update(lines.offset)
        }
        parser.finish()
        return parser
    }

    /// The tag and the offset of its value when `line` is a RIS tag line.
    static func tag(of line: ByteLine, in bytes: [UInt8]) -> (tag: String, valueStart: Int)? {
        let s = line.start, e = line.end
        guard e - s >= 4 else { return nil }
        let b0 = bytes[s], b1 = bytes[s + 1]
        guard b0 >= 0x41 && b0 <= 0x5A, (b1 >= 0x41 && b1 <= 0x5A) || (b1 >= 0x30 && b1 <= 0x39) else { return nil }
        var i = s + 2
        while i < e && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        guard i > s + 2, i < e, bytes[i] == 0x2D else { return nil }
        i += 1
        guard i == e || bytes[i] == 0x20 || bytes[i] == 0x09 else { return nil }
        let tag = String(decoding: bytes[s..<(s + 2)], as: UTF8.self)
        return (tag, i)
    }

    private mutating func consume(_ line: ByteLine, _ bytes: [UInt8]) {
        if line.isBlank { return }
        if let (tag, valueStart) = Self.tag(of: line, in: bytes) {
            flushJunk()
            let value = bytes.trimmedString(valueStart, line.end)
            switch tag {
            case "TY":
                if let open = current {
                    warnings.append(ImportWarning(
                        line: open.firstLine,
                        message: "record has no ER before the next TY on line \(line.number); kept"))
                    records.append(open)
                }
                current = TaggedRecord(firstLine: line.number)
                current?.add(tag, value)
            case "ER":
                if let open = current {
                    records.append(open)
                    current = nil
                } else {
                    warnings.append(ImportWarning(line: line.number, message: "ER outside a record; skipped"))
                }
            default:
                if current != nil {
                    current?.add(tag, value)
                } else {
                    noteJunk(line, bytes)
                }
            }
            return
        }
        if current != nil {
            current?.continueLast(bytes.trimmedString(line.start, line.end))
        } else if !Self.isRecordNumber(line, bytes) {
            noteJunk(line, bytes)
        }
    }

    /// `1.`, `23.` alone on a line: the numbering Ovid and EBSCO put before each record.
    private static func isRecordNumber(_ line: ByteLine, _ bytes: [UInt8]) -> Bool {
        var i = line.start
        while i < line.end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        let digitsStart = i
        while i < line.end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        return i > digitsStart && i + 1 == line.end && bytes[i] == 0x2E
    }

    private mutating func noteJunk(_ line: ByteLine, _ bytes: [UInt8]) {
        if let open = junk {
            junk = (open.first, line.number, open.sample)
        } else {
            let sample = String(bytes.trimmedString(line.start, line.end).prefix(60))
            junk = (line.number, line.number, sample)
        }
    }

    private mutating func flushJunk() {
        guard let block = junk else { return }
        let lines = block.first == block.last ? "line" : "lines \(block.first)–\(block.last)"
        let what = block.first == block.last ? "" : " (\(lines))"
        warnings.append(ImportWarning(
            line: block.first,
            message: "text outside any record skipped\(what): \"\(block.sample)\""))
        junk = nil
    }

    private mutating func finish() {
        flushJunk()
        if let open = current {
            warnings.append(ImportWarning(
                line: open.firstLine,
                message: "last record has no ER (file truncated?); kept"))
            records.append(open)
            current = nil
        }
    }
}
