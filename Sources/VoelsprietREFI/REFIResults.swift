// What the REFI-QDA readers and writers return besides the model values: warnings, each naming
// the element or source, and counts that tell what was and was not imported.
import Foundation
import VoelsprietQDA

/// Counts of one project import. "found" counts are what the file holds; the others what was
/// imported.
public struct REFIImportStatistics: Sendable, Hashable, Codable {
    /// The producer as the file names it (`origin` attribute), e.g. "NVivo for Windows 12.6".
    public var origin: String?
    /// Path of the project XML inside the archive ("project.qde"), or the file name for a bare .qde.
    public var projectFile: String
    public var users = 0
    public var codes = 0
    public var variables = 0
    public var cases = 0
    /// All `Sources` children, of any kind.
    public var sourcesFound = 0
    public var textSources = 0
    /// Sources imported (text sources whose text could be read).
    public var sourcesImported = 0
    /// Sources not imported: not text (PDF, picture, audio, video), text not bundled, or damaged
    /// (lenient mode).
    public var sourcesSkipped = 0
    /// `PlainTextSelection`s of text sources.
    public var selectionsFound = 0
    /// `Coding`s (one `CodeRef` each) of text sources.
    public var codingsFound = 0
    public var codingsImported = 0
    /// Codings lost with a skipped source or skipped as damaged (lenient mode).
    public var codingsSkipped = 0
    /// Names of sources whose positions were read as UTF-16 units (NVivo).
    public var utf16Sources: [String] = []

    public init(origin: String? = nil, projectFile: String) {
        self.origin = origin
        self.projectFile = projectFile
    }
}

/// A read project: the model value, warnings (each naming the element or source) and counts.
public struct REFIImport: Sendable, Hashable {
    public var project: QDAProject
    public var warnings: [String]
    public var statistics: REFIImportStatistics
}

/// A read codebook (.qdc).
public struct REFICodebookImport: Sendable, Hashable {
    public var codebook: Codebook
    /// The producer (`origin` attribute), e.g. "Taguette 1.4.1".
    public var origin: String?
    public var warnings: [String]
}

/// A written exchange file and what the writer had to change on the way (e.g. characters that
/// XML 1.0 cannot hold, removed).
public struct REFIExport: Sendable, Hashable {
    public var data: Data
    public var warnings: [String]
}
