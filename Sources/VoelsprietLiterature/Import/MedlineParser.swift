/// Reads PubMed MEDLINE text (`.nbib`, `.txt`) into tagged records.
///
/// A tag line is up to four letters or digits padded with spaces to four characters, then
/// `- ` (`PMID- 123`, `AU  - Smith J`). A line starting with spaces continues the field before
/// it (PubMed indents continuations by six). A blank line ends a record; `PMID-` inside an open
/// record starts a new one. Lines outside records that are neither blank nor tags are skipped
/// with a warning.
enum MedlineParser {
    static func parse(_ bytes: [UInt8], progress: inout ImportProgress) -> (records: [TaggedRecord], warnings: [ImportWarning]) {
        var records: [TaggedRecord] = []
        var warnings: [ImportWarning] = []
        var current: TaggedRecord?
        var lines = ByteLines(bytes)
        while let line = lines.next() {
            progress.update(lines.offset)
            if line.isBlank {
                if let open = current { records.append(open); current = nil }
                continue
            }
            if let (tag, valueStart) = tag(of: line, in: bytes) {
                if tag == "PMID", let open = current { records.append(open); current = nil }
                if current == nil { current = TaggedRecord(firstLine: line.number) }
                current?.add(tag, bytes.trimmedString(valueStart, line.end))
            } else if current != nil && (bytes[line.start] == 0x20 || bytes[line.start] == 0x09) {
                current?.continueLast(bytes.trimmedString(line.start, line.end))
            } else {
                let text = String(bytes.trimmedString(line.start, line.end).prefix(60))
                warnings.append(ImportWarning(line: line.number, message: "line is not a MEDLINE field; skipped: \"\(text)\""))
            }
        }
        if let open = current { records.append(open) }
        return (records, warnings)
    }

    /// The tag and the offset of its value when `line` is a MEDLINE tag line.
    static func tag(of line: ByteLine, in bytes: [UInt8]) -> (tag: String, valueStart: Int)? {
        let s = line.start
        guard line.end - s >= 5, bytes[s + 4] == 0x2D, line.end == s + 5 || bytes[s + 5] == 0x20 else { return nil }
        var tagEnd = s
        while tagEnd < s + 4, isTagByte(bytes[tagEnd]) { tagEnd += 1 }
        guard tagEnd > s else { return nil }
        for k in tagEnd..<(s + 4) where bytes[k] != 0x20 { return nil }
        return (String(decoding: bytes[s..<tagEnd], as: UTF8.self), min(s + 6, line.end))
    }

    private static func isTagByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
