import Foundation

/// Reads bibliographic database exports into `LiteratureRecord`s. Pure: takes the file's bytes
/// and name, returns values; no file system access.
public enum LiteratureImporter {
    /// Reads one export file.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the file's name (no folders); names errors, sets `sourceFile`, and its stem
    ///     gives the record ids `"<stem>-<n>"` (n = 1-based position in the file).
    ///   - encoding: forces a text encoding; by default the BOM, else UTF-8, else Windows-1252
    ///     (with a warning) is used.
    ///   - progress: called with (bytes read, total bytes) about once per MiB and at the end.
    /// - Throws: `ImportError` naming the file (and line) when the file is in no known format,
    ///   broken beyond reading, or a table without title, abstract and DOI columns.
    public static func read(
        _ data: Data, fileName: String, encoding: TextEncodingChoice? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(ImportError) -> ImportedFile {
        let text = try ExportText.decode(data, fileName: fileName, encoding: encoding)
        guard text.bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw .empty(file: fileName)
        }
        let format: ExportFormat
        switch FormatDetector.detect(text.bytes, fileName: fileName) {
        case .format(let detected): format = detected
        case .unknown(let detail): throw .unknownFormat(file: fileName, detail: detail)
        }
        var meter = ImportProgress(progress, total: data.count)
        var file = try parse(text.bytes, format: format, fileName: fileName, progress: &meter)
        file.warnings = text.warnings + file.warnings
        meter.finish()
        return file
    }

    /// The format of an export's text, or nil when it is in none of the known formats.
    public static func detectFormat(_ text: String, fileName: String) -> ExportFormat? {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if case .format(let format) = FormatDetector.detect(bytes, fileName: fileName) { return format }
        return nil
    }

    /// `"scopus.ris"` → `"scopus"`; a name without an extension is its own stem.
    static func stem(of fileName: String) -> String {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    private static func parse(
        _ bytes: [UInt8], format: ExportFormat, fileName: String, progress: inout ImportProgress
    ) throws(ImportError) -> ImportedFile {
        let prefix = stem(of: fileName)
        switch format {
        case .ris:
            let parsed = RISParser.parse(bytes, progress: &progress)
            let database = DatabaseDetector.ris(parsed.records, text: String(decoding: bytes.prefix(1 << 20), as: UTF8.self))
            return assemble(parsed.records, parsed.warnings, format: format, database: database, fileName: fileName) {
                $0.risRecord(id: "\(prefix)-\($1)")
            }
        case .medline:
            let parsed = MedlineParser.parse(bytes, progress: &progress)
            return assemble(parsed.records, parsed.warnings, format: format, database: .pubmed, fileName: fileName) {
                $0.medlineRecord(id: "\(prefix)-\($1)")
            }
        case .wosPlain:
            let parsed = WoSPlainParser.parse(bytes, progress: &progress)
            return assemble(parsed.records, parsed.warnings, format: format, database: .webOfScience, fileName: fileName) {
                $0.wosRecord(id: "\(prefix)-\($1)")
            }
        case .bibtex:
            return try readBibTeX(bytes, fileName: fileName, prefix: prefix)
        case .csv, .scopusCSV, .wosTab:
            let table = try DelimitedExportReader.read(String(decoding: bytes, as: UTF8.self), fileName: fileName, idPrefix: prefix)
            var file = ImportedFile(fileName: fileName, format: table.format, database: table.database, records: table.records, warnings: table.warnings)
            finishRecords(&file, lines: table.lines)
            return file
        }
    }

    private static func assemble(
        _ tagged: [TaggedRecord], _ warnings: [ImportWarning], format: ExportFormat,
        database: LiteratureDatabase?, fileName: String, map: (TaggedRecord, Int) -> LiteratureRecord
    ) -> ImportedFile {
        var records: [LiteratureRecord] = []
        records.reserveCapacity(tagged.count)
        for (index, record) in tagged.enumerated() { records.append(map(record, index + 1)) }
        var file = ImportedFile(fileName: fileName, format: format, database: database, records: records, warnings: warnings)
        finishRecords(&file, lines: tagged.map(\.firstLine))
        return file
    }

    private static func readBibTeX(_ bytes: [UInt8], fileName: String, prefix: String) throws(ImportError) -> ImportedFile {
        let entries: [BibTeXParser.Entry]
        do {
            entries = try BibTeXParser.parse(bytes)
        } catch {
            switch error {
            case .unclosed(let line, let what):
                throw .malformed(file: fileName, line: line, reason: "BibTeX entry with an unclosed \(what)")
            case .malformed(let line, let reason):
                throw .malformed(file: fileName, line: line, reason: reason)
            }
        }
        guard !entries.isEmpty else {
            throw .unknownFormat(file: fileName, detail: "no BibTeX entries")
        }
        let records = entries.enumerated().map { $1.record(id: "\(prefix)-\($0 + 1)") }
        let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
        var database: LiteratureDatabase?
        if records.prefix(50).contains(where: { $0.url?.contains("scopus.com") ?? false }) || text.contains("source={Scopus}") {
            database = .scopus
        } else if text.contains("\n\ttitle = {") {
            database = .zotero   // Zotero's BibTeX export: tab-indented `name = {value}` lines
        }
        var file = ImportedFile(fileName: fileName, format: .bibtex, database: database, records: records, warnings: [])
        finishRecords(&file, lines: entries.map(\.line))
        return file
    }

    /// Sets `sourceFile` and `database` on every record, and warns (keeping the record) for
    /// records with neither title nor abstract nor DOI. `lines` are the records' first lines.
    private static func finishRecords(_ file: inout ImportedFile, lines: [Int]) {
        let database = file.database?.rawValue
        for index in file.records.indices {
            file.records[index].sourceFile = file.fileName
            file.records[index].database = database
            let record = file.records[index]
            if record.title == nil && record.abstract == nil && record.doi == nil {
                file.warnings.append(ImportWarning(
                    line: index < lines.count ? lines[index] : nil,
                    message: "record \(index + 1) has no title, abstract or DOI; kept"))
            }
        }
        file.warnings.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    }
}

extension LiteratureImporter {
    /// A file's text as the importer reads it (byte-order mark removed, UTF-16 and legacy
    /// encodings transcoded), with the warnings that decoding gave; for readers of labelled
    /// sets that need columns the record model does not keep.
    public static func decodedText(_ data: Data, fileName: String, encoding: TextEncodingChoice? = nil) throws(ImportError)
        -> (text: String, warnings: [ImportWarning])
    {
        let decoded = try ExportText.decode(data, fileName: fileName, encoding: encoding)
        return (String(decoding: decoded.bytes, as: UTF8.self), decoded.warnings)
    }
}
