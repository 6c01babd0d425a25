// Conversions between position units over one text. Built once per text (O(n)), each lookup
// O(1) (scalar → UTF-16) or O(log n) (UTF-16 → scalar).

/// Maps Unicode-scalar offsets of one text to UTF-16 offsets (what JavaScript's Range and NVivo's
/// REFI export count) and to `String.Index`, and back.
public struct PositionIndex: Sendable {
    public let text: String
    /// utf16Offsets[i] = UTF-16 offset of scalar i; one extra entry for the end.
    private let utf16Offsets: [Int32]

    public init(_ text: String) {
        self.text = text
        var offsets: [Int32] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var u: Int32 = 0
        for scalar in text.unicodeScalars {
            offsets.append(u)
            u += scalar.value > 0xFFFF ? 2 : 1
        }
        offsets.append(u)
        utf16Offsets = offsets
    }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { utf16Offsets.count - 1 }
    /// Number of UTF-16 code units in the text.
    public var utf16Count: Int { Int(utf16Offsets[utf16Offsets.count - 1]) }
    /// True when every scalar is one UTF-16 unit (then both units agree everywhere).
    public var unitsAgree: Bool { scalarCount == utf16Count }

    /// UTF-16 offset of a scalar offset (0...scalarCount); nil outside.
    public func utf16Offset(ofScalar offset: Int) -> Int? {
        guard offset >= 0, offset < utf16Offsets.count else { return nil }
        return Int(utf16Offsets[offset])
    }

    /// Scalar offset of a UTF-16 offset (0...utf16Count); nil outside the text or in the middle
    /// of a surrogate pair.
    public func scalarOffset(ofUTF16 offset: Int) -> Int? {
        guard offset >= 0, offset <= utf16Count else { return nil }
        var lo = 0, hi = utf16Offsets.count - 1
        let target = Int32(offset)
        while lo < hi {
            let mid = (lo + hi) / 2
            if utf16Offsets[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return utf16Offsets[lo] == target ? lo : nil
    }

    /// A scalar range as UTF-16 offsets.
    public func utf16Range(of range: ScalarRange) -> Range<Int>? {
        guard let s = utf16Offset(ofScalar: range.start), let e = utf16Offset(ofScalar: range.end), s <= e else {
            return nil
        }
        return s..<e
    }

    /// A UTF-16 range as a scalar range (nil when an end is outside or splits a surrogate pair).
    public func scalarRange(ofUTF16 range: Range<Int>) -> ScalarRange? {
        guard let s = scalarOffset(ofUTF16: range.lowerBound), let e = scalarOffset(ofUTF16: range.upperBound) else {
            return nil
        }
        return ScalarRange(start: s, end: e)
    }

    /// The text of a scalar range ("" when it is outside the text).
    public func substring(_ range: ScalarRange) -> String {
        guard range.start >= 0, range.start <= range.end, range.end <= scalarCount else { return "" }
        let scalars = text.unicodeScalars
        let s = scalars.index(scalars.startIndex, offsetBy: range.start)
        let e = scalars.index(s, offsetBy: range.length)
        return String(scalars[s..<e])
    }
}
