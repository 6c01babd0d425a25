/// Recognises the format of an export from its content; the file name's extension only
/// breaks ties (`.bib`, `.nbib`).
///
/// The first lines (up to 5,000) are scanned in order and the first decisive line wins:
/// a MEDLINE `PMID- ` tag, a RIS `TY  - ` tag, a Web of Science `FN ` header or `PT J`
/// record start, or a BibTeX `@type{`. If none is found, a first line with a delimiter makes
/// it a table (Web of Science tab-delimited when its header has the tags `PT`, `AU`, `TI` and
/// `UT`; Scopus CSV with an `EID` column or a `Link` into scopus.com; else CSV). JSON and XML
/// (first character `{`, `[` or `<`) and single-column text are no known format.
enum FormatDetector {
    enum Verdict: Equatable {
        case format(ExportFormat)
        case unknown(String)
    }

    static func detect(_ bytes: [UInt8], fileName: String) -> Verdict {
        guard let firstByte = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            return .unknown("the file is empty")
        }
        switch firstByte {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .unknown("it looks like JSON")
        case UInt8(ascii: "<"): return .unknown("it looks like XML or HTML")
        default: break
        }
        if let tagged = taggedFormat(bytes) { return .format(tagged) }
        let lower = fileName.lowercased()
        if lower.hasSuffix(".bib") { return .format(.bibtex) }
        let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
        guard let header = DelimitedExportReader.firstNonBlankLine(text),
              let delimiter = DelimitedExportReader.delimiter(of: header) else {
            return .unknown("no RIS, MEDLINE, Web of Science or BibTeX tags, and the first line is not a table header")
        }
        let names = Set(header.split(separator: Character(delimiter)).map { ColumnMap.normalize(String($0)) })
        if ["pt", "au", "ti", "ut"].allSatisfy(names.contains) { return .format(.wosTab) }
        if names.contains("eid") || (names.contains("link") && text.contains("scopus.com")) { return .format(.scopusCSV) }
        return .format(.csv)
    }

    private static func taggedFormat(_ bytes: [UInt8]) -> ExportFormat? {
        var lines = ByteLines(bytes)
        var scanned = 0
        while let line = lines.next(), scanned < 5_000 {
            scanned += 1
            if line.isBlank { continue }
            if let (tag, _) = MedlineParser.tag(of: line, in: bytes), tag == "PMID" { return .medline }
            if let (tag, _) = RISParser.tag(of: line, in: bytes) {
                if tag == "TY" { return .ris }
                continue
            }
            if line.start == 0 || bytes[line.start - 1] == 0x0A || bytes[line.start - 1] == 0x0D {
                if bytes.hasASCIIPrefix("FN ", at: line.start, end: line.end) { return .wosPlain }
                if bytes.hasASCIIPrefix("PT ", at: line.start, end: line.end), line.end - line.start <= 5 { return .wosPlain }
            }
            if isBibTeXStart(line, bytes) { return .bibtex }
        }
        return nil
    }

    private static func isBibTeXStart(_ line: ByteLine, _ bytes: [UInt8]) -> Bool {
        var i = line.start
        while i < line.end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        guard i < line.end, bytes[i] == UInt8(ascii: "@") else { return false }
        i += 1
        let nameStart = i
        while i < line.end, (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A { i += 1 }
        guard i > nameStart else { return false }
        while i < line.end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i < line.end && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "("))
    }
}
