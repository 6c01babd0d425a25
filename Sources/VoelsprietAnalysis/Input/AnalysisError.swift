/// Why an analysis could not run.
public enum AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    case csv(CSVError)
    case unknownSplit(name: String, available: [String])
    case splitNotCategorical(name: String, reason: String)
    case tooManySplits(Int)
    case noItemColumns
    case tooManyGroups(Int)

    public var description: String {
        switch self {
        case .csv(let error): error.description
        case .unknownSplit(let name, let available):
            "cannot split by '\(name)': no such item or column (available: \(available.prefix(30).joined(separator: ", ")))"
        case .splitNotCategorical(let name, let reason): "cannot split by '\(name)': \(reason)"
        case .tooManySplits(let count): "at most three splits are supported; \(count) were given"
        case .tooManyGroups(let cells):
            "the splits combine into \(cells) groups; use fewer splits or splits with fewer categories"
        case .noItemColumns: "none of the file's columns belongs to the instrument (is this the right instrument?)"
        }
    }
}
