/// Reads delimited exports: Scopus CSV, Web of Science tab-delimited, and any CSV/TSV/semicolon
/// table whose first row names the columns (see `ColumnMap` for the accepted names).
enum DelimitedExportReader {
    /// The delimiter of a table: of tab, `;`, `,` and `|`, the one that occurs most often
    /// outside quotes in the first non-empty line (ties go to that order). Nil when none occurs.
    static func delimiter(of firstLine: Substring) -> Unicode.Scalar? {
        var counts: [Unicode.Scalar: Int] = ["\t": 0, ";": 0, ",": 0, "|": 0]
        var inQuotes = false
        for scalar in firstLine.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() } else if !inQuotes, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let order: [Unicode.Scalar] = ["\t", ";", ",", "|"]
        let best = order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! < order.firstIndex(of: $1)!) }
        guard let best, counts[best]! > 0 else { return nil }
        return best
    }

    /// The first line with anything but whitespace on it (found without splitting the text).
    static func firstNonBlankLine(_ text: String) -> Substring? {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) ?? rest.endIndex
            let line = rest[..<end]
            if !line.allSatisfy(\.isWhitespace) { return line }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        return nil
    }

    struct Table: Sendable {
        var format: ExportFormat
        var database: LiteratureDatabase?
        var records: [LiteratureRecord]
        var warnings: [ImportWarning]
        /// The line each record's row starts on.
        var lines: [Int]
    }

    static func read(_ text: String, fileName: String, idPrefix: String) throws(ImportError) -> Table {
        guard let firstLine = firstNonBlankLine(text), let delimiter = delimiter(of: firstLine) else {
            throw .unknownFormat(file: fileName, detail: "no delimiter (tab, semicolon, comma or bar) in the first line")
        }
        let rows: [DelimitedRow]
        do {
            rows = try DelimitedText.rows(text, delimiter: delimiter)
        } catch {
            if case let .unterminatedQuote(line) = error {
                throw .malformed(file: fileName, line: line, reason: "a quoted field that starts here is never closed")
            }
            throw .malformed(file: fileName, line: 1, reason: "\(error)")
        }
        guard let header = rows.first else { throw .empty(file: fileName) }
        let map = ColumnMap(header: header.fields)
        guard map.hasTextColumn else {
            throw .missingTitleColumn(file: fileName, line: header.line, header: header.fields.joined(separator: String(Character(delimiter))))
        }
        let format = tableFormat(map, rows: rows)
        var records: [LiteratureRecord] = []
        var warnings: [ImportWarning] = []
        var lines: [Int] = []
        if map.columns[.title] == nil {
            warnings.append(ImportWarning(line: header.line, message: "no title column; records are read from the abstract/DOI columns"))
        }
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            if row.fields.count > header.fields.count, row.fields[header.fields.count...].contains(where: { !$0.isEmpty }) {
                warnings.append(ImportWarning(line: row.line, message: "row has \(row.fields.count) fields, the header \(header.fields.count); the extra fields are ignored"))
            }
            var record = self.record(row.fields, map: map, format: format, id: "\(idPrefix)-\(records.count + 1)")
            record.keywords = record.keywords.filter { !$0.isEmpty }
            records.append(record)
            lines.append(row.line)
        }
        return Table(format: format, database: database(format: format, map: map), records: records, warnings: warnings, lines: lines)
    }

    private static func record(_ row: [String], map: ColumnMap, format: ExportFormat, id: String) -> LiteratureRecord {
        var record = LiteratureRecord(id: id)
        record.title = map.value(.title, in: row)
        record.abstract = map.value(.abstract, in: row)
        record.authors = authors(map.value(.authors, in: row), format: format)
        record.year = FieldNormalizer.year(map.value(.year, in: row))
        record.journal = map.value(.journal, in: row)
        record.volume = map.value(.volume, in: row)
        record.issue = map.value(.issue, in: row)
        record.pages = map.value(.pages, in: row)
            ?? FieldNormalizer.pages(start: map.value(.pageStart, in: row), end: map.value(.pageEnd, in: row))
        record.doi = FieldNormalizer.doi(map.value(.doi, in: row))
        record.pmid = map.value(.pmid, in: row)
        record.keywords = FieldNormalizer.splitList(map.value(.keywords, in: row))
        record.issn = map.value(.issn, in: row)
        record.url = map.value(.url, in: row)
        record.language = map.value(.language, in: row)
        record.type = map.value(.type, in: row)
        return record
    }

    /// Scopus CSV separates authors with `;` (since 2023) or `, ` between "Surname I." names
    /// (before); other tables by `;`, ` and ` or a Python list.
    private static func authors(_ text: String?, format: ExportFormat) -> [String] {
        guard let text else { return [] }
        if format == .scopusCSV && !text.contains(";") {
            return text.components(separatedBy: ", ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        return FieldNormalizer.splitList(text)
    }

    /// Web of Science tab-delimited has tag columns `PT`, `AU`, `TI`, `UT`; Scopus CSV has
    /// `EID` or a `Link` into scopus.com.
    private static func tableFormat(_ map: ColumnMap, rows: [DelimitedRow]) -> ExportFormat {
        if ["pt", "au", "ti", "ut"].allSatisfy(map.contains) { return .wosTab }
        if map.contains("eid") { return .scopusCSV }
        if let link = map.normalizedHeader.firstIndex(of: "link"),
           rows.dropFirst().prefix(20).contains(where: { link < $0.fields.count && $0.fields[link].contains("scopus.com") }) {
            return .scopusCSV
        }
        return .csv
    }

    private static func database(format: ExportFormat, map: ColumnMap) -> LiteratureDatabase? {
        switch format {
        case .scopusCSV: return .scopus
        case .wosTab: return .webOfScience
        default: break
        }
        if map.normalizedHeader.contains(where: { $0.hasPrefix("emtree") }) { return .embase }
        if map.contains("key") && map.contains("itemtype") { return .zotero }
        if map.contains("referencetype") && map.contains("nameofdatabase") { return .endnote }
        return nil
    }
}
