/// One record of a field-tagged export (RIS, MEDLINE, Web of Science plain text) before it
/// is mapped to a `LiteratureRecord`: its tags and values in source order.
struct TaggedRecord: Sendable {
    struct Field: Sendable {
        var tag: String
        /// The value; continuation lines are appended after a "\n", so list fields (RIS `KW`
        /// from EndNote or Rayyan, Web of Science `AU`) can split on it and text fields can
        /// join with a space.
        var value: String
    }

    /// 1-based line the record starts on.
    var firstLine: Int
    var fields: [Field] = []

    init(firstLine: Int) {
        self.firstLine = firstLine
    }

    mutating func add(_ tag: String, _ value: String) {
        fields.append(Field(tag: tag, value: value))
    }

    /// Appends a continuation line to the last field.
    mutating func continueLast(_ text: String) {
        guard !fields.isEmpty else { return }
        if fields[fields.count - 1].value.isEmpty {
            fields[fields.count - 1].value = text
        } else {
            fields[fields.count - 1].value.append("\n")
            fields[fields.count - 1].value.append(text)
        }
    }

    /// All non-empty values of `tag`, continuation lines joined by a space.
    func texts(_ tag: String) -> [String] {
        var out: [String] = []
        for field in fields where field.tag == tag {
            let text = Self.joinLines(field.value)
            if !text.isEmpty { out.append(text) }
        }
        return out
    }

    /// The first non-empty value among `tags` (in the order of `tags`), lines joined by a space.
    func first(_ tags: String...) -> String? {
        for tag in tags {
            for field in fields where field.tag == tag {
                let text = Self.joinLines(field.value)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// Values of any of `tags` in source order, each continuation line a value of its own.
    func lineItems(_ tags: Set<String>) -> [String] {
        var out: [String] = []
        for field in fields where tags.contains(field.tag) {
            if !field.value.utf8.contains(0x0A) {
                if !field.value.isEmpty { out.append(field.value) }
                continue
            }
            for part in field.value.split(separator: "\n") {
                let item = part.trimmingSpaces()
                if !item.isEmpty { out.append(item) }
            }
        }
        return out
    }

    /// Repeated values of `tag` joined by a space (e.g. an abstract given as several `AB`).
    func joined(_ tag: String) -> String? {
        let all = texts(tag)
        return all.isEmpty ? nil : all.joined(separator: " ")
    }

    static func joinLines(_ value: String) -> String {
        guard value.utf8.contains(0x0A) else { return value }
        return value.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension String {
    /// Whether the UTF-8 of `needle` occurs in the string (byte comparison, no Foundation, so
    /// it is cheap enough to run on every record of a large file).
    func containsBytes(_ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        let p = needle.utf8Start
        let first = p[0]
        var utf8 = self
        return utf8.withUTF8 { buffer in
            guard buffer.count >= count else { return false }
            var i = 0
            let last = buffer.count - count
            while i <= last {
                if buffer[i] == first {
                    var k = 1
                    while k < count && buffer[i + k] == p[k] { k += 1 }
                    if k == count { return true }
                }
                i += 1
            }
            return false
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingSpaces() -> String {
        let string = String(self)
        let scalars = string.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return string }
        return String(Substring(scalars[start..<end]))
    }
}
