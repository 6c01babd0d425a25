// Positions in a source's text. Voelspriet stores every position as an offset in Unicode scalars
// (code points) — the unit of REFI-QDA — counted over the source's stored text (line endings
// already normalised to LF, no BOM). Other units (UTF-16 for JavaScript and NVivo, UTF-8 bytes,
// Swift's String.Index) are converted at the edges by `PositionIndex`.

/// A half-open range [start, end) of Unicode-scalar offsets in a source's text.
public struct ScalarRange: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    /// True when the two ranges share at least one scalar.
    public func overlaps(_ other: ScalarRange) -> Bool { start < other.end && other.start < end }

    /// The shared part, or nil when they do not overlap.
    public func intersection(_ other: ScalarRange) -> ScalarRange? {
        let s = max(start, other.start), e = min(end, other.end)
        return s < e ? ScalarRange(start: s, end: e) : nil
    }

    /// True when the range lies within a text of `length` scalars and is not empty.
    public func isValid(inTextOfLength length: Int) -> Bool { start >= 0 && start < end && end <= length }

    public static func < (a: ScalarRange, b: ScalarRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)–\(end)" }
}
