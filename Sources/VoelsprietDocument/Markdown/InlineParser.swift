import Foundation

/// Inline Markdown over the Unicode scalars of one paragraph: `\` escapes, `` `code` ``,
/// `{{reference}}`, `**strong**`, `*em*` and `[text](url)`. Unmatched markers stay text.
/// Closing markers are found through tables of the next unescaped occurrence, within a bounded
/// distance, and nesting is bounded: any input is parsed in about linear time.
struct InlineParser {
    static let maxDepth = 8
    static let maxSpan = 2_000
    static let markers: [Unicode.Scalar] = ["]", ")", "`", "}", "*"]
    static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    let chars: [Unicode.Scalar]
    /// Whether the scalar at an index is preceded by an escaping backslash.
    let escaped: [Bool]
    /// Per marker, for every index the first unescaped occurrence at or after it (`count` if none).
    let next: [Unicode.Scalar: [Int]]
    let references: (String) -> Inline?

    init(_ text: String, references: @escaping (String) -> Inline?) {
        let chars = Array(text.unicodeScalars)
        var escaped = [Bool](repeating: false, count: chars.count)
        var index = 0
        while index < chars.count {
            if chars[index] == "\\", !escaped[index], index + 1 < chars.count, Self.escapable.contains(chars[index + 1])
            {
                escaped[index + 1] = true
                index += 2
            } else {
                index += 1
            }
        }
        var next: [Unicode.Scalar: [Int]] = [:]
        for marker in Self.markers {
            var table = [Int](repeating: chars.count, count: chars.count + 1)
            for position in stride(from: chars.count - 1, through: 0, by: -1) {
                table[position] = chars[position] == marker && !escaped[position] ? position : table[position + 1]
            }
            next[marker] = table
        }
        self.chars = chars
        self.escaped = escaped
        self.next = next
        self.references = references
    }

    func parse() -> [Inline] { parse(0..<chars.count, depth: 0) }

    func parse(_ range: Range<Int>, depth: Int) -> [Inline] {
        var out = InlineAccumulator()
        var pending = String.UnicodeScalarView()
        var index = range.lowerBound
        while index < range.upperBound {
            let end = min(range.upperBound, index + Self.maxSpan)
            if depth < Self.maxDepth, !escaped[index], let (inline, after) = markup(at: index, end: end, depth: depth) {
                if !pending.isEmpty { out.append(text: String(pending)) }
                pending = String.UnicodeScalarView()
                out.append(inline)
                index = after
            } else if chars[index] == "\\", index + 1 < range.upperBound, escaped[index + 1] {
                index += 1
            } else {
                pending.append(chars[index])
                index += 1
            }
        }
        if !pending.isEmpty { out.append(text: String(pending)) }
        return out.inlines
    }

    /// The inline that starts at `index`, with the index after it; nil when none starts there.
    func markup(at index: Int, end: Int, depth: Int) -> (Inline, Int)? {
        switch chars[index] {
        case "`": code(at: index, end: end)
        case "{": reference(at: index, end: end)
        case "*":
            isMarker(index + 1, "*", end)
                ? strong(at: index, end: end, depth: depth) : emphasis(at: index, end: end, depth: depth)
        case "[": link(at: index, end: end, depth: depth)
        default: nil
        }
    }

    func code(at index: Int, end: Int) -> (Inline, Int)? {
        guard let close = find("`", from: index + 1, end: end), close > index + 1 else { return nil }
        return (.code(text(index + 1, close)), close + 1)
    }

    func reference(at index: Int, end: Int) -> (Inline, Int)? {
        guard index + 1 < end, chars[index + 1] == "{", let close = findPair("}", from: index + 2, end: end) else {
            return nil
        }
        let key = text(index + 2, close).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !key.contains("{"), !key.contains("}") else { return nil }
        return (references(key) ?? .missing(key), close + 2)
    }

    func strong(at index: Int, end: Int, depth: Int) -> (Inline, Int)? {
        guard index + 2 < end, !isSpace(index + 2), var close = findPair("*", from: index + 2, end: end),
            close > index + 2
        else { return nil }
        // In a run of three or more stars the last two close (`**a *b***`).
        while isMarker(close + 2, "*", end) { close += 1 }
        guard !isSpace(close - 1) else { return nil }
        return (.strong(parse((index + 2)..<close, depth: depth + 1)), close + 2)
    }

    func emphasis(at index: Int, end: Int, depth: Int) -> (Inline, Int)? {
        guard index + 1 < end, !isSpace(index + 1) else { return nil }
        var cursor = index + 1
        while let star = find("*", from: cursor, end: end) {
            if isMarker(star + 1, "*", end) {
                cursor = star + 2
                continue
            }
            guard !isSpace(star - 1) else { return nil }
            return (.emphasis(parse((index + 1)..<star, depth: depth + 1)), star + 1)
        }
        return nil
    }

    func link(at index: Int, end: Int, depth: Int) -> (Inline, Int)? {
        guard let closeText = find("]", from: index + 1, end: end), closeText + 1 < end, chars[closeText + 1] == "(",
            let closeURL = find(")", from: closeText + 2, end: end)
        else { return nil }
        let target = text(closeText + 2, closeURL).trimmingCharacters(in: .whitespaces)
        let url = String(target.prefix(while: { !$0.isWhitespace }))
        // Only a quoted title may follow the address; anything else is not a link.
        let rest = target.dropFirst(url.count).trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest.first == "\"" || rest.first == "'", let href = LinkPolicy.safeHref(url) else {
            return nil
        }
        let label = parse((index + 1)..<closeText, depth: depth + 1).plainText
        return (.link(text: label.isEmpty ? url : label, href: href), closeURL + 1)
    }

    /// The first unescaped `marker` in `from..<end`.
    func find(_ marker: Unicode.Scalar, from start: Int, end: Int) -> Int? {
        guard start < end, let table = next[marker] else { return nil }
        let position = table[start]
        return position < end ? position : nil
    }

    /// The first pair of unescaped `marker`s in `from..<end`.
    func findPair(_ marker: Unicode.Scalar, from start: Int, end: Int) -> Int? {
        var cursor = start
        while let position = find(marker, from: cursor, end: end) {
            if isMarker(position + 1, marker, end) { return position }
            cursor = position + 1
        }
        return nil
    }

    func isMarker(_ index: Int, _ marker: Unicode.Scalar, _ end: Int) -> Bool {
        index < end && chars[index] == marker && !escaped[index]
    }

    func isSpace(_ index: Int) -> Bool { chars[index].properties.isWhitespace }

    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: chars[start..<end])
        return String(view)
    }
}

/// Inlines in order, with adjacent text merged.
struct InlineAccumulator {
    var inlines: [Inline] = []

    mutating func append(text: String) {
        if case .text(let previous) = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
        } else {
            inlines.append(.text(text))
        }
    }

    mutating func append(_ inline: Inline) {
        if case .text(let text) = inline { append(text: text) } else { inlines.append(inline) }
    }
}
