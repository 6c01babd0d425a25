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

    public init(delimiter: UInt8? = nil, missingCodes: [String] = [], maxCategories: Int = 20, textLimit: Int = 1000) {
        self.delimiter = delimiter
        self.missingCodes = missingCodes
        self.maxCategories = maxCategories
        self.textLimit = textLimit
    }
}
