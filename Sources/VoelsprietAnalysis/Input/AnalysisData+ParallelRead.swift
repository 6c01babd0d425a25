import Dispatch
import Foundation
import VoelsprietDomain

extension AnalysisData {
    /// Reads the data rows on every core. The rows are cut into one run per core at line
    /// breaks, each run is tallied on its own, and the tallies are added up. A cut is a guess
    /// (a line break could sit inside a quoted cell): it is accepted only when the run before
    /// it ended exactly there; otherwise the rest is read again in one go from where that run
    /// really ended. Warnings and kept open answers come out as if read in one go.
    mutating func readRowsInParallel(
        _ scanner: inout CSVScanner, header: [String], plans: [CSVColumnPlan], options: CSVImportOptions
    ) throws(AnalysisError) {
        let bytes = scanner.bytes
        let cuts = Self.cuts(bytes, from: scanner.offset, parts: options.parallelism)
        if cuts.count <= 2 {
            _ = try readRows(&scanner, header: header, plans: plans, stopAt: bytes.count, progress: options.progress)
            return
        }
        let template = self
        let shared = UncheckedSendable((bytes: bytes, delimiter: scanner.delimiter))
        let results = ResultSlots<Result<RunResult, AnalysisError>>(count: cuts.count - 1)
        let progress = options.progress
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { index in
            results.set(
                index,
                template.readRun(
                    shared.value.bytes, delimiter: shared.value.delimiter, from: cuts[index], to: cuts[index + 1],
                    header: header, plans: plans, progress: progress))
        }
        // Each run counts lines from 1; a run's lines start after every line the runs before
        // it (and the header) consumed. Runs are taken in file order, so those are known.
        var linesBefore = scanner.line - 1
        var previousEnd = cuts[0]
        for index in 0..<(cuts.count - 1) {
            if previousEnd != cuts[index] {
                // The cut fell inside a quoted cell: read the rest sequentially.
                switch readRun(
                    bytes, delimiter: scanner.delimiter, from: previousEnd, to: bytes.count, header: header, plans: plans,
                    progress: progress)
                {
                case .failure(let error): throw error.shifted(byLines: linesBefore)
                case .success(let run): absorb(run.part, lineOffset: linesBefore)
                }
                return
            }
            switch results.get(index)! {
            case .failure(let error):
                throw error.shifted(byLines: linesBefore)
            case .success(let run):
                absorb(run.part, lineOffset: linesBefore)
                previousEnd = run.end
                linesBefore += run.lines
            }
        }
    }

    /// What reading one run gave: its analysis, where its last row ended, and how many line
    /// breaks it consumed.
    struct RunResult: Sendable {
        let part: AnalysisData
        let end: Int
        let lines: Int
    }

    /// Adds a run's tally and warnings (their lines shifted to the whole file).
    mutating func absorb(_ part: AnalysisData, lineOffset: Int) {
        tally.merge(part.tally)
        for warning in part.warnings {
            warn(ImportWarning(line: warning.line.map { $0 + lineOffset }, column: warning.column, message: warning.message))
        }
        warningCount += part.warningCount - part.warnings.count
    }

    /// Tallies the rows starting in `start..<stop` on a copy of this (still empty) analysis.
    func readRun(
        _ bytes: UnsafeRawBufferPointer, delimiter: UInt8, from start: Int, to stop: Int, header: [String],
        plans: [CSVColumnPlan], progress: (@Sendable (Range<Int>) -> Void)?
    ) -> Result<RunResult, AnalysisError> {
        var part = self
        part.tally = Tally(empty: tally)
        part.warnings = []
        part.warningCount = 0
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter, at: start)
        do {
            let end = try part.readRows(&scanner, header: header, plans: plans, stopAt: stop, progress: progress)
            return .success(RunResult(part: part, end: end, lines: scanner.line - 1))
        } catch {
            return .failure(error)
        }
    }

    /// Where to cut `start..<bytes.count` into `parts` runs: after the first line break at or
    /// after each even share. Includes both ends. Small inputs stay in one run.
    static func cuts(_ bytes: UnsafeRawBufferPointer, from start: Int, parts: Int) -> [Int] {
        let end = bytes.count
        guard parts > 1, end - start > 4 << 20, let base = bytes.baseAddress else { return [start, end] }
        var cuts = [start]
        for part in 1..<parts {
            let target = max(start + (end - start) * part / parts, cuts.last! + 1)
            guard target < end, let found = memchr(base + target, 0x0A, end - target) else { break }
            let cut = base.distance(to: UnsafeRawPointer(found)) + 1
            if cut < end { cuts.append(cut) }
        }
        cuts.append(end)
        return cuts
    }
}
