import Foundation

/// How a CSV file is read for analysis.
public struct CSVImportOptions: Sendable {
    /// The delimiter; guessed from the header when nil.
    public var delimiter: UInt8?
    /// Cell values that mean "missing" besides the empty cell (plain CSV only). A category
    /// called "None" or "NA" is a category unless it is listed here.
    public var missingCodes: [String]
    /// A plain CSV's column is categorical when it has at most this many distinct values.
    public var maxCategories: Int
    /// Open answers kept per item.
    public var textLimit: Int
    /// Runs read at once (instrument-layout files of more than 4 MiB); one per core by default.
    public var parallelism: Int
    /// Told, from any thread, which byte ranges of the input have been read and will not be
    /// read again (the CLI lets go of those pages of a memory-mapped file).
    public var progress: (@Sendable (Range<Int>) -> Void)?

    public init(
        delimiter: UInt8? = nil, missingCodes: [String] = [], maxCategories: Int = 20, textLimit: Int = 1000,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, progress: (@Sendable (Range<Int>) -> Void)? = nil
    ) {
        self.delimiter = delimiter
        self.missingCodes = missingCodes
        self.maxCategories = maxCategories
        self.textLimit = textLimit
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }
}
