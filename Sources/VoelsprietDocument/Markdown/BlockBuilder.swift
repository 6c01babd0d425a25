/// Gathers classified lines into blocks: a paragraph, list or quote runs until a blank line or
/// a line of another kind.
struct BlockBuilder {
    enum Open {
        case none
        case paragraph([String])
        case list(numbered: Bool, items: [[String]])
        case quote([String])
    }

    let headingOffset: Int
    let references: (String) -> Inline?
    var blocks: [Block] = []
    var open = Open.none

    /// `references` must not outlive `MarkdownBlocks.parse` (it comes from
    /// `withoutActuallyEscaping`); the builder is local to that call.
    init(headingOffset: Int = 0, references: @escaping (String) -> Inline?) {
        self.headingOffset = max(0, headingOffset)
        self.references = references
    }

    mutating func add(_ line: MarkdownLine) {
        switch (line, open) {
        case (.blank, _):
            flush()
        case (.heading(let level, let text), _):
            flush()
            let inlines = inline(text)
            blocks.append(.heading(Heading(level: level + headingOffset, text: inlines.plainText)))
        case (.quote(let text), .quote(var lines)):
            lines.append(text)
            open = .quote(lines)
        case (.quote(let text), _):
            flush()
            open = .quote([text])
        case (.bullet(let text), .list(numbered: false, items: var items)),
            (.numbered(let text), .list(numbered: true, items: var items)):
            items.append([text])
            open = .list(numbered: line.isNumbered, items: items)
        case (.bullet(let text), _), (.numbered(let text), _):
            flush()
            open = .list(numbered: line.isNumbered, items: [[text]])
        case (.text(let text), .paragraph(var lines)):
            lines.append(text)
            open = .paragraph(lines)
        case (.text(let text), .list(let numbered, var items)):
            items[items.count - 1].append(text)
            open = .list(numbered: numbered, items: items)
        case (.text(let text), .quote(var lines)):
            lines.append(text)
            open = .quote(lines)
        case (.text(let text), .none):
            open = .paragraph([text])
        }
    }

    mutating func finish() -> [Block] {
        flush()
        return blocks
    }

    mutating func flush() {
        switch open {
        case .none: break
        case .paragraph(let lines): blocks.append(.paragraph(inline(lines.joined(separator: " "))))
        case .list(let numbered, let items):
            let parsed = items.map { inline($0.joined(separator: " ")) }
            blocks.append(numbered ? .numberedList(parsed) : .bulletList(parsed))
        case .quote(let lines): blocks.append(.quote(quote(lines)))
        }
        open = .none
    }

    func quote(_ lines: [String]) -> Quote {
        var body = lines
        while body.last?.isEmpty == true { body.removeLast() }
        var attribution: String?
        if let last = body.last, body.count > 1 {
            for marker in ["— ", "– ", "-- "] where last.hasPrefix(marker) {
                attribution = inline(String(last.dropFirst(marker.count))).plainText
                body.removeLast()
                break
            }
        }
        let text = body.filter { !$0.isEmpty }.joined(separator: " ")
        return Quote(text: inline(text), attribution: attribution)
    }

    func inline(_ text: String) -> [Inline] { InlineParser(text, references: references).parse() }
}

extension MarkdownLine {
    var isNumbered: Bool {
        if case .numbered = self { return true }
        return false
    }
}
