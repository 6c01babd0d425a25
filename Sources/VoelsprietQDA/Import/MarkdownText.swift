// Markdown transcripts are stored as the readable plain text a person sees in a rendered view,
// so that quotes and coded fragments carry no markup; positions refer to that plain text.

/// Markdown (CommonMark with GitHub's strikethrough) → readable plain text, line by line:
/// headings lose their `#` marks, emphasis markers (`*`, `_`, `**`, `__`, `~~`) and code-span
/// backticks are removed, links and images become their text, autolinks their address, list
/// bullets (`-`, `*`, `+`) become "- " (numbered items stay as written), block quotes lose `>`,
/// thematic breaks, setext underlines, link reference definitions and code-fence lines become
/// empty or are dropped, and the content of fenced code blocks is kept verbatim. Raw HTML is kept
/// as written. It is a readable rendering, not a full CommonMark parser: nested block structure
/// beyond lists and quotes is flattened.
enum MarkdownText {
    static func plainText(fromMarkdown markdown: String) -> String {
        var out: [String] = []
        var fence: (marker: Character, count: Int)?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = fence {
                if let close = fenceMarker(line), close.marker == open.marker, close.count >= open.count,
                    close.rest.allSatisfy(\.isWhitespace) {
                    fence = nil
                } else {
                    out.append(String(line))
                }
                continue
            }
            if let open = fenceMarker(line) {
                fence = (open.marker, open.count)
                continue
            }
            out.append(blockLine(line))
        }
        return out.joined(separator: "\n")
    }

    /// A fence line: ``` or ~~~ (3 or more), at most 3 spaces indented; `rest` is the info string.
    private static func fenceMarker(_ line: Substring) -> (marker: Character, count: Int, rest: Substring)? {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let count = trimmed.prefix(while: { $0 == first }).count
        guard count >= 3 else { return nil }
        let rest = trimmed.dropFirst(count)
        if first == "`" && rest.contains("`") { return nil }
        return (first, count, rest)
    }

    /// One line outside code blocks: block markers handled, then inline markup.
    private static func blockLine(_ raw: Substring) -> String {
        var line = raw
        var prefix = ""
        // Block quotes: "> " (repeatedly).
        while true {
            let t = line.drop(while: { $0 == " " })
            guard t.first == ">", line.count - t.count <= 3 else { break }
            line = t.dropFirst()
            if line.first == " " { line = line.dropFirst() }
        }
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" })
        let body = line.dropFirst(indent.count)
        if isThematicBreakOrUnderline(body) || isReferenceDefinition(body) { return "" }
        if let heading = atxHeading(body), indent.count <= 3 {
            return MarkdownInline.plain(heading)
        }
        var content = body
        if let bullet = body.first, "-*+".contains(bullet), body.dropFirst().first == " " || body.dropFirst().first == "\t" {
            prefix = String(indent) + "- "
            content = body.dropFirst(2)
        } else {
            prefix = String(indent)
        }
        return prefix + MarkdownInline.plain(content)
    }

    /// `#`–`######` then a space (or nothing); the closing `#` sequence is dropped.
    private static func atxHeading(_ s: Substring) -> Substring? {
        let hashes = s.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = s.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var content = rest.drop(while: { $0 == " " || $0 == "\t" })
        while content.last == " " || content.last == "\t" { content = content.dropLast() }
        let closing = content.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let before = content.dropLast(closing)
            if before.isEmpty || before.last == " " || before.last == "\t" { content = before }
        }
        while content.last == " " || content.last == "\t" { content = content.dropLast() }
        return content
    }

    /// `---`, `***`, `___` (3 or more, spaces allowed) or a setext `===` underline.
    private static func isThematicBreakOrUnderline(_ s: Substring) -> Bool {
        let chars = s.filter { $0 != " " && $0 != "\t" }
        guard let first = chars.first, "-*_=".contains(first) else { return false }
        return chars.allSatisfy { $0 == first } && (chars.count >= 3 || (first == "=" && !chars.isEmpty))
    }

    /// `[label]: destination`
    private static func isReferenceDefinition(_ s: Substring) -> Bool {
        guard s.first == "[", let close = s.firstIndex(of: "]"), s.index(after: close) < s.endIndex else { return false }
        let after = s[s.index(after: close)...]
        return after.first == ":" && after.dropFirst().contains(where: { !$0.isWhitespace }) && s.index(after: s.startIndex) < close
    }
}
