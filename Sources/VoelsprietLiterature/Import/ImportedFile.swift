/// The result of reading one export file: its records and a summary of how it was read.
public struct ImportedFile: Sendable {
    /// The file name as passed to `LiteratureImporter.read` (no folders).
    public var fileName: String
    public var format: ExportFormat
    /// The database the file was recognised as coming from; nil when nothing in it says so.
    public var database: LiteratureDatabase?
    /// Records in file order; ids are `"<file-stem>-<n>"` with n the 1-based position.
    public var records: [LiteratureRecord]
    /// Everything skipped or doubtful, in file order.
    public var warnings: [ImportWarning]

    public init(
        fileName: String, format: ExportFormat, database: LiteratureDatabase?,
        records: [LiteratureRecord], warnings: [ImportWarning]
    ) {
        self.fileName = fileName
        self.format = format
        self.database = database
        self.records = records
        self.warnings = warnings
    }

    /// Number of records read (`records.count`).
    public var recordCount: Int { records.count }
}
