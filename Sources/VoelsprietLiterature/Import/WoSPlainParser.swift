/// Reads Web of Science plain text ("field tagged": `.txt`, `.ciw`) into tagged records.
///
/// A tag line is two characters (`A-Z`, then `A-Z` or `0-9`) followed by a space or the end
/// of the line; a line starting with three spaces continues the field before it (for `AU`,
/// `AF`, `CR` … each continuation line is one more value). `PT` opens a record, `ER` closes it;
/// `FN`, `VR` and `EF` are the file header and trailer. A record still open at the end is kept
/// with a warning naming its first line; other stray lines are skipped with a warning.
enum WoSPlainParser {
    static func parse(_ bytes: [UInt8], progress: inout ImportProgress) -> (records: [TaggedRecord], warnings: [ImportWarning]) {
        var records: [TaggedRecord] = []
        var warnings: [ImportWarning] = []
        var current: TaggedRecord?
        var lines = ByteLines(bytes)
        while let line = lines.next() {
            progress.update(lines.offset)
            if line.isBlank { continue }
            if bytes.hasASCIIPrefix("   ", at: line.start, end: line.end), current != nil {
                current?.continueLast(bytes.trimmedString(line.start, line.end))
                continue
            }
            guard let tag = tag(of: line, in: bytes) else {
                let text = String(bytes.trimmedString(line.start, line.end).prefix(60))
                warnings.append(ImportWarning(line: line.number, message: "line is not a Web of Science field; skipped: \"\(text)\""))
                continue
            }
            switch tag {
            case "FN", "VR", "EF":
                if current == nil { continue }
                current?.add(tag, bytes.trimmedString(line.start + 2, line.end))
            case "PT":
                if let open = current {
                    warnings.append(ImportWarning(line: open.firstLine, message: "record has no ER before the next PT on line \(line.number); kept"))
                    records.append(open)
                }
                current = TaggedRecord(firstLine: line.number)
                current?.add(tag, bytes.trimmedString(line.start + 2, line.end))
            case "ER":
                if let open = current { records.append(open); current = nil }
                else { warnings.append(ImportWarning(line: line.number, message: "ER outside a record; skipped")) }
            default:
                if current == nil {
                    // A record without PT (hand-edited files): open one rather than drop the fields.
                    warnings.append(ImportWarning(line: line.number, message: "record starts without PT"))
                    current = TaggedRecord(firstLine: line.number)
                }
                current?.add(tag, bytes.trimmedString(line.start + 2, line.end))
            }
        }
        if let open = current {
            warnings.append(ImportWarning(line: open.firstLine, message: "last record has no ER (file truncated?); kept"))
            records.append(open)
        }
        return (records, warnings)
    }

    static func tag(of line: ByteLine, in bytes: [UInt8]) -> String? {
        let s = line.start
        guard line.end - s >= 2 else { return nil }
        let b0 = bytes[s], b1 = bytes[s + 1]
        guard b0 >= 0x41 && b0 <= 0x5A, (b1 >= 0x41 && b1 <= 0x5A) || (b1 >= 0x30 && b1 <= 0x39) else { return nil }
        guard line.end == s + 2 || bytes[s + 2] == 0x20 else { return nil }
        return String(decoding: bytes[s..<(s + 2)], as: UTF8.self)
    }
}
