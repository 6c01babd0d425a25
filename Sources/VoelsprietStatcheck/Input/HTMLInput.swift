/// HTML to lines: tags removed, entities decoded, `<script>`/`<style>`/comments skipped, a new
/// line at every block element (p, div, br, li, h1–h6, caption, table, …) and at line breaks
/// inside `<pre>` (elsewhere a line break is a space, as a browser shows it); a table row (`<tr>`)
/// becomes one line of tab-separated cells. Each line carries the source line where its text
/// starts.
struct HTMLInput {
    static func lines(_ html: String) -> [SourceLine] {
        var reader = HTMLInput(Array(html.unicodeScalars))
        reader.run()
        return reader.output
    }

    private let s: [Unicode.Scalar]
    private var i = 0
    private var sourceLine = 1
    private var output: [SourceLine] = []
    /// Text of the current line, and the source line where it started.
    private var current = String.UnicodeScalarView()
    private var currentLine: Int?
    private var pendingSpace = false
    /// Inside a `<tr>`: the finished cells, the open cell, and the row's source line.
    private var row: [String]?
    private var rowLine = 1
    private var inCell = false
    private var inPre = false

    private init(_ scalars: [Unicode.Scalar]) { s = scalars }

    private mutating func run() {
        while i < s.count {
            let c = s[i]
            if c == "<" {
                tag()
            } else if c == "&" {
                let (text, length) = HTMLEntities.decode(s, at: i)
                append(text)
                i += length
            } else {
                if c == "\n" {
                    sourceLine += 1
                    if row == nil, inPre { flushLine() } else { pendingSpace = true }
                } else if c == " " || c == "\t" || c == "\r" || c == "\u{0C}" {
                    pendingSpace = true
                } else {
                    append(String(c))
                }
                i += 1
            }
        }
        endRow()
        flushLine()
    }

    private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if row != nil, !inCell { return }  // text between cells of a row
        if currentLine == nil { currentLine = sourceLine }
        if pendingSpace, !current.isEmpty { current.append(" ") }
        pendingSpace = false
        for scalar in text.unicodeScalars { current.append(scalar == "\t" ? " " : scalar) }
    }

    private mutating func flushLine() {
        pendingSpace = false
        guard let line = currentLine else { return }
        output.append(SourceLine(number: line, text: String(current)))
        current = String.UnicodeScalarView()
        currentLine = nil
    }

    // MARK: Tags

    private mutating func tag() {
        if starts(with: "<!--") { return skip(past: "-->") }
        if starts(with: "<!") || starts(with: "<?") { return skip(past: ">") }
        var j = i + 1
        let closing = j < s.count && s[j] == "/"
        if closing { j += 1 }
        var name = ""
        while j < s.count, s[j].properties.isAlphabetic || s[j].isDigit { name.unicodeScalars.append(s[j]); j += 1 }
        guard !name.isEmpty else {
            append("<")
            i += 1
            return
        }
        skipTag(from: j)
        handle(name.lowercased(), closing: closing)
    }

    private mutating func handle(_ name: String, closing: Bool) {
        switch name {
        case "script", "style":
            if !closing {
                skip(past: "</" + name)
                skip(past: ">")
            }
        case "tr": closing ? endRow() : startRow()
        case "td", "th":
            if row == nil { startRow() }
            if closing { endCell() } else { endCell(); inCell = true }
        case "table", "thead", "tbody", "tfoot": endRow(); flushLine()
        case "br": if row == nil { flushLine() } else { pendingSpace = true }
        case "pre":
            inPre = !closing
            if row == nil { flushLine() }
        default:
            guard Self.blockElements.contains(name) else { return }
            if row == nil { flushLine() } else { pendingSpace = true }
        }
    }

    private static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "blockquote", "section",
        "article", "header", "footer", "figure", "figcaption", "dd", "dt", "dl", "hr", "pre", "title", "body", "main", "nav", "aside",
    ]

    private mutating func startRow() {
        endRow()
        flushLine()
        row = []
        rowLine = sourceLine
    }

    private mutating func endCell() {
        guard inCell else { return }
        row?.append(String(current).trimmingSpaces())
        current = String.UnicodeScalarView()
        currentLine = nil
        pendingSpace = false
        inCell = false
    }

    private mutating func endRow() {
        endCell()
        guard let cells = row else { return }
        row = nil
        if !cells.isEmpty { output.append(SourceLine(number: rowLine, text: cells.joined(separator: "\t"))) }
    }

    /// Moves past the `>` ending a tag, respecting quoted attribute values and counting lines.
    private mutating func skipTag(from j: Int) {
        var k = j
        var quote: Unicode.Scalar?
        while k < s.count {
            let c = s[k]
            if c == "\n" { sourceLine += 1 }
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                break
            }
            k += 1
        }
        i = min(s.count, k + 1)
    }

    private func starts(with text: String) -> Bool {
        var k = i
        for t in text.unicodeScalars {
            guard k < s.count, TestHead.lower(s[k]) == t else { return false }
            k += 1
        }
        return true
    }

    /// Moves past the next occurrence of `text` (case-insensitive), counting lines.
    private mutating func skip(past text: String) {
        while i < s.count, !starts(with: text) {
            if s[i] == "\n" { sourceLine += 1 }
            i += 1
        }
        i = min(s.count, i + text.unicodeScalars.count)
    }
}
