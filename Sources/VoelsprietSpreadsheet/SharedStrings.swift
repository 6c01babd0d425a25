import Foundation

/// The shared string table (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4): each distinct text
/// once, in first-use order; cells refer to it by 0-based index.
///
/// Texts are told apart by their exact UTF-8 bytes, not by Swift's `String` equality (which
/// treats canonically equivalent strings as equal), so "é" precomposed and "e" + U+0301 keep
/// their own spelling.
struct SharedStrings {
    private var indexes: [ExactText: Int] = [:]
    private(set) var strings: [String] = []
    /// How many cells refer to the table (the part's `count`).
    private(set) var references = 0

    /// The index of the text, added when new.
    mutating func index(of text: String) -> Int {
        references += 1
        let key = ExactText(text)
        if let index = indexes[key] { return index }
        let index = strings.count
        indexes[key] = index
        strings.append(text)
        return index
    }

    /// The part's XML: `<sst>` with one `<si><t>` per string.
    func xml() -> [UInt8] {
        var buffer: [UInt8] = []
        let estimate = strings.reduce(0) { $0 &+ min($1.utf8.count, 1 << 20) &+ 32 }
        buffer.reserveCapacity(min(estimate, 1 << 28) + 512)
        buffer.append(contentsOf: XMLParts.declaration.utf8)
        buffer.append(
            contentsOf: "<sst xmlns=\"\(XMLParts.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
                .utf8)
        for text in strings {
            buffer.append(contentsOf: XMLText.needsPreserve(text) ? "<si><t xml:space=\"preserve\">".utf8 : "<si><t>".utf8)
            XMLText.append(text, to: &buffer, escapeUnderscores: true)
            buffer.append(contentsOf: "</t></si>".utf8)
        }
        buffer.append(contentsOf: "</sst>".utf8)
        return buffer
    }
}

/// A string compared and hashed by its UTF-8 bytes.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) {
        var contiguous = text
        contiguous.makeContiguousUTF8()  // a no-op for native strings
        self.text = contiguous
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let left = lhs.text.utf8
        let right = rhs.text.utf8
        guard left.count == right.count else { return false }
        let fast = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                guard let a = leftBytes.baseAddress, let b = rightBytes.baseAddress else { return true }  // both empty
                return memcmp(a, b, leftBytes.count) == 0
            }
        }
        return (fast ?? nil) ?? left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        hasher.combine(text.utf8.count)
    }
}
