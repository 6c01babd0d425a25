import ArgumentParser
import Foundation
import VoelsprietAnalysis
import VoelsprietDomain

/// `voelspriet demo-data`: synthetic quickscan responses that reproduce the report.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write synthetic quickscan responses whose analysis reproduces the published figures.",
        discussion: """
            Without --n: the 131 respondents of the report (61 professionals, 70 students), dealt out so that \
            every seed gives other respondents but the same tables and chi-square tests as TNO report R10432 \
            (2023), chapter 3. With --n: that many respondents drawn from the same distributions.
            CSV follows the export layout (voelspriet analyze reads it with --instrument quickscan); every \
            JSONL line is a valid body for POST /api/v1/studies/{slug}/responses.
            """
    )

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Output format: csv or jsonl.")
    var format: String = "csv"

    @Option(help: "Output file, or '-' for standard output.")
    var out: String = "-"

    @Option(name: .customLong("n"), help: "Draw this many respondents instead of the report's 131.")
    var count: Int?

    func validate() throws {
        guard ["csv", "jsonl"].contains(format) else { throw ValidationError("--format must be csv or jsonl") }
        if let count, count < 1 { throw ValidationError("--n must be at least 1") }
    }

    func run() throws {
        let instrument = try BuiltInInstruments.quickscan()
        let generator = DemoDataGenerator(design: try DemoDesign.quickscan(), instrument: instrument)
        let sink: FileHandle
        if out == "-" {
            sink = FileHandle.standardOutput
        } else {
            guard FileManager.default.createFile(atPath: out, contents: nil) else {
                throw CLIError("cannot create \(out)")
            }
            sink = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        }
        defer { if out != "-" { try? sink.close() } }
        var writer = DemoRowWriter(instrument: instrument, format: format, seed: seed)
        var buffer = writer.header
        func emit(_ answers: AnswerSet) throws {
            buffer += writer.row(answers)
            if buffer.utf8.count > 1 << 20 {
                sink.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        if let count {
            try generator.sample(seed: seed, count: count, emit)
        } else {
            for answers in try generator.responses(seed: seed) { try emit(answers) }
        }
        sink.write(Data(buffer.utf8))
    }
}

/// Formats demo responses as export-layout CSV rows or JSON intake bodies.
struct DemoRowWriter {
    let layout: ExportLayout
    let format: String
    var random: SeededGenerator

    init(instrument: Instrument, format: String, seed: UInt64) {
        layout = ExportLayout(instrument: instrument)
        self.format = format
        // A separate stream for ids and dates, so they do not shift the answers.
        random = SeededGenerator(seed: seed ^ 0x5EED_1D5)
    }

    var header: String { format == "csv" ? CSVWriter.line(layout.header) : "" }

    mutating func row(_ answers: AnswerSet) -> String {
        if format == "jsonl" { return ((try? answers.jsonString()) ?? "{}") + "\n" }
        let id = (0..<2).map { _ in String(random.next(), radix: 16).leftPadded(to: 16) }.joined()
        // The report's field period: May to October 2021; days only, as stored.
        let day = Int(random.next() % 184)
        let date = Calendar(identifier: .gregorian).date(
            byAdding: .day, value: day, to: DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2021, month: 5, day: 1).date!)!
        var components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        components.calendar = nil
        let submitted = String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
        return CSVWriter.line(layout.row(responseID: id, submittedOn: submitted, answers: answers))
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
