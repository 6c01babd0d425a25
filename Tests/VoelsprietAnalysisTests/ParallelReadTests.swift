import Foundation
import Testing
import VoelsprietTestTraits
import VoelsprietDomain

@testable import VoelsprietAnalysis

@Suite("Reading large files on several cores", .ownThread)
struct ParallelReadTests {
    /// About 6 MiB of export-layout CSV drawn from the demo distributions.
    static let csv: [UInt8] = {
        let instrument = try! BuiltInInstruments.quickscan()
        let layout = ExportLayout(instrument: instrument)
        let generator = DemoDataGenerator(design: try! DemoDesign.quickscan(), instrument: instrument)
        var text = CSVWriter.line(layout.header)
        var index = 0
        try! generator.sample(seed: 9, count: 20_000) { answers in
            text += CSVWriter.line(layout.row(responseID: "r\(index)", submittedOn: "2021-06-01", answers: answers))
            index += 1
        }
        return Array(text.utf8)
    }()

    func report(_ bytes: [UInt8], parallelism: Int) throws -> AnalysisReport {
        let data = try analyse(
            bytes: bytes, instrument: try quickscan(), by: ["role", "experience"],
            options: CSVImportOptions(parallelism: parallelism))
        return ReportBuilder(data: data).build()
    }

    @Test("the same report from one run or several, open answers and warnings in file order")
    func sameReport() throws {
        #expect(Self.csv.count > 4 << 20)
        var bytes = Self.csv
        // A skipped value near the end, in the last run.
        let marker = Array("\r\nr19990,".utf8)
        let at = try #require(bytes.indices.last { bytes[$0...].starts(with: marker) })
        // After the date and the (empty) language column.
        let roleStart = at + marker.count + "2021-06-01,,".utf8.count
        bytes.replaceSubrange(roleStart..<(roleStart + 1), with: Array("X".utf8))
        // And one in the first data row, in the first run.
        let first = Array("\r\nr0,2021-06-01,,".utf8)
        let firstAt = try #require(bytes.indices.first { bytes[$0...].starts(with: first) }) + first.count
        bytes.replaceSubrange(firstAt..<(firstAt + 1), with: Array("Y".utf8))
        let one = try report(bytes, parallelism: 1)
        let four = try report(bytes, parallelism: 4)
        #expect(one == four)
        #expect(one.warningCount == 2)
        #expect(one.warnings.map { String($0.prefix(10)) } == ["regel 2, k", "regel 1999"])
    }

    @Test("a cut that falls inside a quoted cell with line breaks is detected and read again in one go")
    func cutInsideQuotes() throws {
        let instrument = try quickscan()
        let layout = ExportLayout(instrument: instrument)
        let lines = String(decoding: Self.csv, as: UTF8.self).components(separatedBy: "\r\n")
        let half = lines.count / 2
        // A professional with experience whose open answer is 3 MiB of short lines, around the middle.
        let answers = AnswerSet([
            "role": Answer(.code("professional")), "experience": Answer(.code("past")),
            "learn_what": Answer(.text(String(repeating: "regel\n", count: 500_000))),
        ])
        let big = CSVWriter.line(layout.row(responseID: "big", submittedOn: "2021-06-01", answers: answers))
        let text = lines[..<half].joined(separator: "\r\n") + "\r\n" + big + lines[half...].joined(separator: "\r\n")
        let bytes = Array(text.utf8)
        let one = try report(bytes, parallelism: 1)
        let two = try report(bytes, parallelism: 2)
        #expect(one == two)
        #expect(one.n == 20_001)
        #expect(one.warningCount == 0)
    }

    @Test("an error in a later run names its line in the whole file")
    func errorLine() throws {
        var bytes = Self.csv
        bytes += Array("a,b\r\n".utf8)
        let lines = bytes.filter { $0 == 0x0A }.count
        #expect(throws: AnalysisError.csv(.raggedRow(line: lines, expected: ExportLayout(instrument: try quickscan()).columns.count, found: 2))) {
            try report(bytes, parallelism: 2)
        }
    }

    @Test("progress covers the whole input once")
    func progress() throws {
        let covered = LockedRanges()
        _ = try analyse(
            bytes: Self.csv, instrument: try quickscan(),
            options: CSVImportOptions(parallelism: 2, progress: { covered.add($0) }))
        let ranges = covered.sorted
        #expect(ranges.first?.lowerBound ?? 0 < 2000)
        #expect(ranges.last?.upperBound == Self.csv.count)
        for (left, right) in zip(ranges, ranges.dropFirst()) { #expect(left.upperBound == right.lowerBound) }
    }
}

final class LockedRanges: @unchecked Sendable {
    private var ranges: [Range<Int>] = []
    private let lock = NSLock()
    func add(_ range: Range<Int>) {
        lock.lock()
        ranges.append(range)
        lock.unlock()
    }
    var sorted: [Range<Int>] {
        lock.lock()
        defer { lock.unlock() }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
