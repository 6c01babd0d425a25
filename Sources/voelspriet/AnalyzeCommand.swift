import ArgumentParser
import Foundation
import VoelsprietAnalysis
import VoelsprietDomain

/// `voelspriet analyze`: frequency tables, group comparisons, tests and charts from a CSV.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Report on a CSV of answers: tables, breakdowns, chi-square tests, charts.",
        discussion: """
            With --instrument the CSV must follow Voelspriet's export layout; without it, every column with \
            at most 20 distinct values is a categorical item (numbers in numeric order, other values in order of \
            first appearance), a column of more numbers (decimal point or comma) is described as numbers and \
            compared by each split (Welch t or ANOVA, Mann–Whitney or Kruskal–Wallis), and only empty cells are \
            missing (see --missing).
            --by role,experience tests by role, by experience, and by experience within each role.
            Examples:
              voelspriet analyze answers.csv --instrument quickscan --by role,experience --format html --out report/
              voelspriet analyze survey.csv --by gender --format md --out -
            """
    )

    @Argument(help: "The CSV file ('-' reads standard input).")
    var file: String

    @Option(help: "A built-in instrument (\(BuiltInInstruments.names.joined(separator: ", "))) or an instrument JSON file.")
    var instrument: String?

    @Option(help: "Comma-separated splits: items or columns to compare groups by (at most three).")
    var by: String = ""

    @Option(help: "Comma-separated formats: md, html, json, csv.")
    var format: String = "md"

    @Option(help: "Output directory, or '-' for standard output (one format only).")
    var out: String = "-"

    @Option(help: "Significance level; statements only for p < alpha.")
    var alpha: Double = 0.05

    @Option(help: "Statement style: dutch (χ²(4) = 11,08; p = 0,03) or apa (χ²(4, N = 131) = 11.08, p = .026).")
    var style: String = "dutch"

    @Option(name: .customLong("lang"), help: "Language of labels: nl or en.")
    var language: String = "nl"

    @Option(help: "Comma-separated cell values that mean missing (plain CSV only), e.g. 'NA,99'.")
    var missing: String?

    @Option(help: "Delimiter: ',', ';', 'tab' or '|' (guessed from the header when absent).")
    var delimiter: String?

    @Flag(help: "Apply Yates' continuity correction to 2×2 tables (labelled in the output).")
    var yates = false

    @Option(help: "Report title (default: from the file name).")
    var title: String?

    @Option(help: "Text encoding of the file: utf-8, latin1 or windows-1252 (a file saved by Excel on Windows).")
    var encoding: String = "utf-8"

    @Option(help: "Breakdown groups with fewer respondents are suppressed (0 shows all).")
    var minGroup: Int = 5

    func validate() throws {
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must be between 0 and 1") }
        guard ReportOptions.Style(rawValue: style) != nil else { throw ValidationError("--style must be dutch or apa") }
        guard ["nl", "en"].contains(language) else { throw ValidationError("--lang must be nl or en") }
        let formats = try parsedFormats()
        if out == "-", formats.count != 1 { throw ValidationError("--out - writes one format; name a directory for more") }
        if let delimiter, Self.delimiterByte(delimiter) == nil {
            throw ValidationError("--delimiter must be one character (or 'tab')")
        }
    }

    func parsedFormats() throws -> [ReportFormat] {
        try format.split(separator: ",").map { name in
            guard let format = ReportFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown format '\(name)'; use md, html, json or csv")
            }
            return format
        }
    }

    static func delimiterByte(_ text: String) -> UInt8? {
        if text == "tab" || text == "\\t" { return 0x09 }
        let bytes = Array(text.utf8)
        return bytes.count == 1 ? bytes[0] : nil
    }

    func run() throws {
        let loadedInstrument = try instrument.map(Self.loadInstrument)
        let input: MappedFile
        if file == "-" {
            input = try MappedFile(path: "/dev/stdin")
        } else {
            input = try MappedFile(path: file)
        }
        let sourceEncoding: String.Encoding?
        switch encoding.lowercased() {
        case "utf-8", "utf8": sourceEncoding = nil
        case "latin1", "latin-1", "iso-8859-1": sourceEncoding = .isoLatin1
        case "windows-1252", "cp1252": sourceEncoding = .windowsCP1252
        default: throw ValidationError("--encoding must be utf-8, latin1 or windows-1252, not '\(encoding)'")
        }
        var options = CSVImportOptions(
            delimiter: delimiter.flatMap(Self.delimiterByte),
            missingCodes: missing.map { $0.split(separator: ",").map(String.init) } ?? [])
        let splits = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let analysis: AnalysisData
        do {
            if let sourceEncoding {
                // Another encoding: converted to UTF-8 in memory first (every byte is a character in
                // both, so this cannot fail part-way).
                let text = input.withUnsafeBytes { String(data: Data($0), encoding: sourceEncoding) }
                guard let text else { throw CLIError("\(file): not readable as \(encoding)") }
                let utf8 = Array(text.utf8)
                analysis = try utf8.withUnsafeBytes { bytes throws(AnalysisError) in
                    try AnalysisData(csv: bytes, instrument: loadedInstrument, splitNames: splits, options: options)
                }
            } else {
                analysis = try input.withUnsafeBytes { bytes throws(AnalysisError) in
                    if input.canReleasePages, let base = bytes.baseAddress {
                        options.progress = Self.releasePages(base: UInt(bitPattern: base))
                    }
                    return try AnalysisData(csv: bytes, instrument: loadedInstrument, splitNames: splits, options: options)
                }
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(file): \(error)")
        }
        let report = ReportBuilder(
            data: analysis,
            options: ReportOptions(
                alpha: alpha, style: ReportOptions.Style(rawValue: style)!, language: language, yates: yates,
                title: title ?? Self.title(fromFileName: file, language: language),
                minimumGroupSize: minGroup)
        ).build()
        for warning in analysis.warnings.prefix(20) { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        if analysis.warningCount > 20 {
            FileHandle.standardError.write(Data("warning: … \(analysis.warningCount - 20) more skipped values (listed in the report)\n".utf8))
        }
        try Self.write(report, formats: try parsedFormats(), to: out)
    }

    /// "Rapportage werkdruk-2024" for `werkdruk-2024.csv`; nil (the report's own default) for
    /// standard input.
    static func title(fromFileName file: String, language: String) -> String? {
        guard file != "-" else { return nil }
        let stem = (URL(fileURLWithPath: file).lastPathComponent as NSString).deletingPathExtension
        guard !stem.isEmpty else { return nil }
        return language == "en" ? "Report: \(stem)" : "Rapportage \(stem)"
    }

    /// Writes `report` in each format to `directory` (or standard output for '-').
    static func write(_ report: AnalysisReport, formats: [ReportFormat], to directory: String) throws {
        if directory == "-" {
            FileHandle.standardOutput.write(Data(formats[0].render(report).utf8))
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for format in formats {
                let path = (directory as NSString).appendingPathComponent(format.fileName)
                try Data(format.render(report).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
            }
        } catch {
            throw CLIError("cannot write to \(directory): \(error.localizedDescription)")
        }
    }

    /// Lets go of the pages of the memory-mapped file that have been read, so that memory use
    /// stays flat however large the file (the kernel reads them again if they are touched).
    static func releasePages(base: UInt) -> @Sendable (Range<Int>) -> Void {
        let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
        return { range in
            let start = (base + UInt(range.lowerBound) + page - 1) / page * page
            let end = (base + UInt(range.upperBound)) / page * page
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, Int(end - start), Int32(MADV_DONTNEED))
        }
    }

    /// A built-in instrument by name, or an instrument JSON file.
    static func loadInstrument(_ nameOrPath: String) throws -> Instrument {
        guard let data = BuiltInInstruments.data(named: nameOrPath) ?? FileManager.default.contents(atPath: nameOrPath) else {
            throw CLIError("no built-in instrument or file '\(nameOrPath)' (built in: \(BuiltInInstruments.names.joined(separator: ", ")))")
        }
        do { return try InstrumentParser.load(data) } catch { throw CLIError("\(nameOrPath): \(error)") }
    }
}
