import Foundation

/// Escaping and inline rendering for the Markdown writer.
enum MarkdownText {
    /// Text with every character that could start markup backslash-escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for char in TextClean.inline(text) {
            if "\\`*_[]<>|~&{}".contains(char) { out.append("\\") }
            out.append(char)
        }
        return out
    }

    /// Escapes what would make the start of a block a heading, list item or quote.
    static func guardStart(_ markdown: String) -> String {
        guard let first = markdown.first else { return markdown }
        if "#-+=>".contains(first) { return "\\" + markdown }
        let digits = markdown.prefix(while: { $0.isASCII && $0.isNumber })
        // An ordered-list marker is 1–9 digits, then `.` or `)`, then a space or the end ("99.9%" is not one).
        let afterDigits = markdown.dropFirst(digits.count)
        if (1...9).contains(digits.count), let marker = afterDigits.first, marker == "." || marker == ")",
            afterDigits.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
        {
            return digits + "\\" + markdown.dropFirst(digits.count)
        }
        return markdown
    }

    /// `inTable`: inside a pipe-table cell, where even a code span's `|` must be escaped.
    static func render(_ inlines: [Inline], inTable: Bool = false) -> String {
        guardStart(inlines.map { render($0, inTable: inTable) }.joined())
    }

    static func render(_ inline: Inline, inTable: Bool = false) -> String {
        switch inline {
        case .text(let value): return escape(value)
        case .emphasis(let inner):
            let body = inner.map { render($0, inTable: inTable) }.joined()
            return body.isEmpty ? "" : "*\(body)*"
        case .strong(let inner):
            let body = inner.map { render($0, inTable: inTable) }.joined()
            return body.isEmpty ? "" : "**\(body)**"
        case .code(let value): return code(value, inTable: inTable)
        case .link(let label, let href):
            guard let safe = LinkPolicy.safeHref(href) else { return escape(label) }
            let target = safe.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
            return "[\(escape(label))](\(target))"
        case .number(let number): return escape(number.display)
        case .missing(let key): return "**\\[?\(escape(key))\\]**"
        }
    }

    /// A code span whose fence is longer than any run of backticks inside.
    static func code(_ value: String, inTable: Bool = false) -> String {
        let cleaned = TextClean.inline(value)
        let clean = inTable ? cleaned.replacingOccurrences(of: "|", with: "\\|") : cleaned
        guard !clean.isEmpty else { return "" }
        var longest = 0
        var run = 0
        for char in clean {
            run = char == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = clean.hasPrefix("`") || clean.hasSuffix("`") || longest > 0 ? " \(clean) " : clean
        return fence + padded + fence
    }

    /// GitHub's anchor for a heading: lower case, letters, digits, `-` and `_` kept, spaces
    /// become hyphens; repeats get `-1`, `-2`.
    static func githubSlug(_ text: String, used: inout [String: Int]) -> String {
        var slug = ""
        for char in TextClean.inline(text).lowercased() {
            if char.isLetter || char.isNumber || char == "-" || char == "_" {
                slug.append(char)
            } else if char == " " {
                slug.append("-")
            }
        }
        let count = used[slug, default: 0]
        used[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count)"
    }
}
