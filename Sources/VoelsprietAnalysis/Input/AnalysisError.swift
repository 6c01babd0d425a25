/// Why an analysis could not run.
public enum AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    case csv(CSVError)
    case unknownSplit(name: String, available: [String])
    case splitNotCategorical(name: String, reason: String)
    case tooManySplits(Int)
    case noItemColumns
    case tooManyGroups(Int)
    case tooLarge(counters: Int)

    public var description: String {
        switch self {
        case .csv(let error): error.description
        case .unknownSplit(let name, let available):
            "cannot split by '\(name)': no such item or column (available: \(available.prefix(30).joined(separator: ", ")))"
        case .splitNotCategorical(let name, let reason): "cannot split by '\(name)': \(reason)"
        case .tooManySplits(let count): "at most three splits are supported; \(count) were given"
        case .tooManyGroups(let cells):
            "the splits combine into \(cells) groups; use fewer splits or splits with fewer categories"
        case .tooLarge(let counters):
            "the report would need \(counters) counters (items × categories × groups); the limit is \(AnalysisData.maximumCounters): use fewer splits, items or categories"
        case .noItemColumns: "none of the file's columns belongs to the instrument (is this the right instrument?)"
        }
    }
}

extension AnalysisError {
    /// The same error with its line numbers moved down by `lines` (for a run that started later in the file).
    func shifted(byLines lines: Int) -> AnalysisError {
        guard lines != 0, case .csv(let error) = self else { return self }
        return .csv(error.shifted(byLines: lines))
    }
}

extension CSVError {
    func shifted(byLines lines: Int) -> CSVError {
        switch self {
        case .unterminatedQuote(let line, let column): .unterminatedQuote(line: line + lines, column: column)
        case .textAfterClosingQuote(let line, let column): .textAfterClosingQuote(line: line + lines, column: column)
        case .notUTF8(let line, let column): .notUTF8(line: line + lines, column: column)
        case .raggedRow(let line, let expected, let found): .raggedRow(line: line + lines, expected: expected, found: found)
        case .empty, .utf16, .duplicateColumn, .singleColumn: self
        }
    }
}
