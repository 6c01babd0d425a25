import ArgumentParser
import Foundation
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage

/// `voelspriet lit`: the literature review from the command line. `import`, `dedup` and
/// `simulate` work on files alone; with `--project SLUG` they work on a study's records in the
/// database (`--data DIR` or `DATABASE_URL`, as for `serve`).
struct LiteratureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lit",
        abstract: "Literature review: import database exports, deduplicate, simulate prioritised screening, draw the PRISMA flow.",
        subcommands: [Import.self, Dedup.self, Simulate.self, Prisma.self])

    static func readFile(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do { return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            throw CLIError("cannot read \(path): \(error.localizedDescription)")
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// One JSON object per line.
    static func jsonLines<T: Encodable>(_ values: [T]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for value in values {
            out.append(try encoder.encode(value))
            out.append(0x0A)
        }
        return out
    }
}

extension LiteratureCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read database exports (RIS, PubMed MEDLINE, Web of Science, Scopus CSV, CSV/TSV, BibTeX) into JSON lines.",
            discussion: """
                The format and the database are detected from each file's content. Per file a summary goes to
                standard error: records read, format, database, warnings with line numbers. A file that cannot be
                read stops the command with its name and line, and nothing is written.
                With --project SLUG the records are also stored in that study (one transaction per file).
                """)

        @Argument(help: "The export files.") var files: [String]
        @Option(help: "Where to write the records as JSON lines ('-' for standard output).") var out: String?
        @Option(help: "Text encoding when the file does not say (utf-8, latin1, windows-1252); default: UTF-8, else Windows-1252.")
        var encoding: String?
        @Option(help: "Store the records in this study's literature review.") var project: String?
        @Flag(help: "With --project: the files come from other methods (grey literature, hand search), not from database searches.")
        var otherMethods = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if out == nil && project == nil { throw ValidationError("give --out FILE (or '-') and/or --project SLUG") }
            if let encoding, TextEncodingChoice(rawValue: encoding) == nil {
                throw ValidationError("--encoding must be utf-8, latin1 or windows-1252")
            }
        }

        func run() async throws {
            let choice = encoding.flatMap(TextEncodingChoice.init(rawValue:))
            var all: [LiteratureRecord] = []
            var files: [(name: String, data: Data, read: ImportedFile)] = []
            var stems: [String: Int] = [:]
            for path in self.files {
                let data = try LiteratureCommand.readFile(path)
                let name = URL(fileURLWithPath: path).lastPathComponent
                var file: ImportedFile
                // Long imports say how far they are, in steps of 10 %.
                let progress = data.count >= 16 * 1024 * 1024 ? ProgressLine(name: name).report : nil
                do { file = try LiteratureImporter.read(data, fileName: name, encoding: choice, progress: progress) } catch {
                    throw CLIError("\(error)")
                }
                // Two files with the same name (scopus.ris from two folders) keep distinct ids.
                let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
                stems[stem, default: 0] += 1
                if stems[stem]! > 1 {
                    for index in file.records.indices { file.records[index].id = "\(stem)~\(stems[stem]!)-\(index + 1)" }
                }
                LiteratureCommand.printError(
                    "\(name): \(file.records.count) records, format \(file.format.rawValue), database \(file.database?.rawValue ?? "unknown")"
                        + (file.warnings.isEmpty ? "" : ", \(file.warnings.count) warnings"))
                for warning in file.warnings.prefix(50) { LiteratureCommand.printError("  \(name): \(warning)") }
                if file.warnings.count > 50 { LiteratureCommand.printError("  \(name): … \(file.warnings.count - 50) more warnings") }
                all.append(contentsOf: file.records)
                files.append((name, data, file))
            }
            if let project {
                try await database.withServices { services in
                    do {
                        let access = try await services.studies.access(project, as: DatabaseOptions.actor, for: .manageLiterature)
                        for file in files {
                            let summary = try await services.literature.importFile(
                                access, data: file.data, fileName: file.name, origin: otherMethods ? .otherMethods : .database,
                                encoding: choice)
                            LiteratureCommand.printError("stored \(summary.records) records from \(summary.fileName) in study \(project)")
                        }
                    } catch let error as ServiceError { throw cliError(error) }
                }
            }
            if let out { try OutputFile.write(try LiteratureCommand.jsonLines(all), to: out) }
            LiteratureCommand.printError("\(all.count) records from \(files.count) files")
        }
    }
}

/// "name: 40 %" on standard error each time another tenth of a file has been read.
final class ProgressLine: @unchecked Sendable {
    let name: String
    private let lock = NSLock()
    private var shown = 0

    init(name: String) {
        self.name = name
    }

    @Sendable func report(_ done: Int, _ total: Int) {
        guard total > 0 else { return }
        let tenth = min(10, done * 10 / total)
        lock.lock()
        defer { lock.unlock() }
        guard tenth > shown else { return }
        shown = tenth
        LiteratureCommand.printError("\(name): \(tenth * 10) %")
    }
}

extension LiteratureCommand {
    /// A deduplicated record: the merged record and the ids of the input records it stands for.
    struct DeduplicatedRecord: Encodable {
        let record: LiteratureRecord
        let mergedIDs: [String]

        func encode(to encoder: any Encoder) throws {
            try record.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(mergedIDs, forKey: Key(stringValue: "merged_ids"))
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    struct Dedup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dedup",
            abstract: "Find duplicate records across databases (DOI, PubMed id, then fuzzy title, year, authors, journal and pages).",
            discussion: """
                voelspriet lit dedup records.jsonl --out deduplicated.jsonl
                    prints the unique and duplicate counts; each output record is the cluster's merged record
                    with `merged_ids`, the ids of the input records it stands for (itself included).
                voelspriet lit dedup --project SLUG
                    deduplicates the study's stored records (manual merges and splits are kept).
                """)

        @Argument(help: "Records as JSON lines (as `lit import` writes them); '-' for standard input.") var input: String?
        @Option(help: "Where to write the deduplicated records as JSON lines ('-' for standard output).") var out: String?
        @Option(help: "Deduplicate this study's stored records instead.") var project: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if (input == nil) == (project == nil) { throw ValidationError("give either a JSON-lines file or --project SLUG") }
            if input != nil && out == nil { throw ValidationError("give --out FILE (or '-')") }
        }

        func run() async throws {
            if let project {
                try await database.withServices { services in
                    do {
                        let access = try await services.studies.access(project, as: DatabaseOptions.actor, for: .manageLiterature)
                        let summary = try await services.literature.deduplicate(access)
                        print("\(summary.unique) unique, \(summary.duplicates) duplicates (of \(summary.records) records)")
                    } catch let error as ServiceError { throw cliError(error) }
                }
                return
            }
            let records = try Self.readRecords(try LiteratureCommand.readFile(input!), name: input!)
            let result = Deduplicator.deduplicate(records)
            let output = result.clusters.map { cluster in
                DeduplicatedRecord(record: Deduplicator.merged(records, cluster: cluster), mergedIDs: cluster.members.map { records[$0].id })
            }
            try OutputFile.write(try LiteratureCommand.jsonLines(output), to: out!)
            let summary = "\(result.uniqueCount) unique, \(result.duplicateCount) duplicates (of \(records.count) records)"
            if out == "-" { LiteratureCommand.printError(summary) } else { print(summary) }
        }

        /// JSON lines into records; a line that is not a record stops with its number.
        ///
        /// The lines are first decoded as one JSON array (one decoder run instead of one per
        /// line, several times faster for 100,000s of records); only when that fails are they
        /// read one by one, to name the line at fault.
        static func readRecords(_ data: Data, name: String) throws -> [LiteratureRecord] {
            let decoder = JSONDecoder()
            var array = Data("[".utf8)
            var lines = 0
            for slice in data.split(separator: 0x0A) where !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if lines > 0 { array.append(0x2C) }
                array.append(contentsOf: slice)
                lines += 1
            }
            array.append(0x5D)
            // One record per line (a line holding two objects would otherwise pass), ids unique.
            if let records = try? decoder.decode([LiteratureRecord].self, from: array), records.count == lines,
                Set(records.map(\.id)).count == records.count
            {
                return records
            }
            var records: [LiteratureRecord] = []
            var seen = Set<String>()
            var line = 0
            for slice in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
                line += 1
                if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    let record = try decoder.decode(LiteratureRecord.self, from: Data(slice))
                    guard seen.insert(record.id).inserted else { throw CLIError("\(name), line \(line): id \(record.id) appears twice") }
                    records.append(record)
                } catch let error as CLIError {
                    throw error
                } catch {
                    throw CLIError("\(name), line \(line): not a record (\(Self.reason(error)))")
                }
            }
            return records
        }

        static func reason(_ error: any Error) -> String {
            switch error {
            case DecodingError.keyNotFound(let key, _): "no \"\(key.stringValue)\""
            case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
                "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
            default: "invalid JSON"
            }
        }
    }
}

