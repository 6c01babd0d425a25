// Every source's text is stored normalised: no byte-order mark, LF line endings. Other tools'
// positions count the text as they stored it (CRLF as two scalars, sometimes a BOM), so a
// normalisation also returns the map from the original offsets to the stored ones.

/// A text with its BOM removed and CRLF / CR turned into LF, and the offset map from the original.
public struct NormalisedText: Sendable {
    /// The stored text.
    public let text: String
    /// removedBefore[k] = number of scalars removed before original scalar offset k (for k in
    /// 0...originalCount); only kept when something was removed.
    private let removedBefore: [Int32]?
    /// Number of scalars in the original text.
    public let originalCount: Int

    public init(_ original: String) {
        var out = String.UnicodeScalarView()
        var removed: [Int32] = []
        var removedSoFar: Int32 = 0
        var anyRemoved = false
        let scalars = Array(original.unicodeScalars)
        removed.reserveCapacity(scalars.count + 1)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            removed.append(removedSoFar)
            if i == 0 && s.value == 0xFEFF {
                removedSoFar += 1
                anyRemoved = true
            } else if s == "\r" {
                if i + 1 < scalars.count && scalars[i + 1] == "\n" {
                    // CR of CRLF dropped; the LF that follows is kept.
                    removedSoFar += 1
                    anyRemoved = true
                } else {
                    out.append("\n")
                }
            } else {
                out.append(s)
            }
            i += 1
        }
        removed.append(removedSoFar)
        text = String(out)
        originalCount = scalars.count
        removedBefore = anyRemoved ? removed : nil
    }

    /// True when the stored text differs from the original in its offsets.
    public var changedOffsets: Bool { removedBefore != nil }

    /// The stored offset of an original scalar offset (0...originalCount); nil outside.
    /// An offset pointing at a removed CR maps to its LF.
    public func storedOffset(ofOriginal offset: Int) -> Int? {
        guard offset >= 0, offset <= originalCount else { return nil }
        guard let removedBefore else { return offset }
        return offset - Int(removedBefore[offset])
    }
}
