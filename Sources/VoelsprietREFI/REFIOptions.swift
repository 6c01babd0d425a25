// What a REFI-QDA import may do: how strictly it treats damaged codings, how much it may unpack,
// how it counts positions, and how it reads the text of a .docx-only source.
import Foundation
import VoelsprietQDA

/// Size limits for an import, checked before anything is unpacked and again while inflating
/// (a zip's declared sizes can lie).
public struct REFILimits: Sendable, Hashable {
    /// Largest upload accepted, in bytes (default 100 MiB: a coded interview project without
    /// media is a few MB; media files are not imported anyway).
    public var maxInputBytes: Int
    /// Largest total of uncompressed bytes read from the archive (default 512 MiB). Only the
    /// entries actually read (the .qde and the text sources) count.
    public var maxUncompressedBytes: Int
    /// Most entries an archive may list (default 10 000).
    public var maxEntries: Int
    /// Largest uncompressed/compressed ratio of one entry (default 100; text deflates 3–10×,
    /// a zip bomb 1000× and more) …
    public var maxCompressionRatio: Int
    /// … checked only for entries larger than this many uncompressed bytes (default 1 MiB), so
    /// that a small, very regular file is not refused.
    public var ratioCheckFloor: Int

    public init(
        maxInputBytes: Int = 100 << 20, maxUncompressedBytes: Int = 512 << 20, maxEntries: Int = 10_000,
        maxCompressionRatio: Int = 100, ratioCheckFloor: Int = 1 << 20
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxEntries = maxEntries
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckFloor = ratioCheckFloor
    }
}

/// The unit a producer counted `startPosition`/`endPosition` in.
public enum REFIPositionUnit: String, Sendable, Hashable, Codable {
    /// Unicode code points (scalars), as REFI-QDA 1.5 §10.2 prescribes.
    case codePoints
    /// UTF-16 code units, as NVivo counts (a character outside the Basic Multilingual Plane,
    /// such as most emoji, counts 2).
    case utf16
}

/// How the reader decides the position unit of each source.
public enum REFIPositionPolicy: Sendable, Hashable {
    /// Code points, except for sources from a producer whose `origin` contains "NVivo" and whose
    /// text has characters outside the Basic Multilingual Plane: UTF-16 units (the only case in
    /// which the two differ). Verified against NVivo 12.6 exports with emoji.
    case automatic
    /// One unit for every source, whatever the producer.
    case always(REFIPositionUnit)
}

/// Reads the text of a .docx (the paragraphs, one per line). Given the bytes and the file name
/// (for messages); throws when the document cannot be read.
public typealias REFIDocxTextReader = @Sendable (_ data: Data, _ fileName: String) throws -> String

/// Options of `REFIProjectReader` and `REFICodebookReader`.
public struct REFIImportOptions: Sendable {
    /// False (the default): a damaged part that would lose data — a selection outside its source
    /// or reversed, a coding of an unknown code, a source file that is missing or in an unknown
    /// encoding — fails the whole import with an error naming it, and nothing is imported.
    /// True: such a part is skipped with a warning naming it, and the rest is imported.
    public var lenient: Bool
    public var limits: REFILimits
    public var positions: REFIPositionPolicy
    /// Used for sources whose text exists only as a .docx (default: `DocxReader`).
    public var docxText: REFIDocxTextReader

    public init(
        lenient: Bool = false, limits: REFILimits = REFILimits(), positions: REFIPositionPolicy = .automatic,
        docxText: @escaping REFIDocxTextReader = REFIImportOptions.defaultDocxText
    ) {
        self.lenient = lenient
        self.limits = limits
        self.positions = positions
        self.docxText = docxText
    }

    /// The text of a .docx through the transcript importer's `DocxReader`: its paragraphs, one a line.
    public static let defaultDocxText: REFIDocxTextReader = { data, fileName in
        try DocxReader.read(data, fileName: fileName).text
    }
}
