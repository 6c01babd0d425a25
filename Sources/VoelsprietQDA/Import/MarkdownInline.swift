// Inline Markdown → plain text: escapes, code spans, links, images, autolinks and emphasis.
// Emphasis delimiters are paired with a simplified form of CommonMark's flanking rules
// (spec 0.31, §6.2), so "2 * 3", snake_case and a lone "*" stay as written.

enum MarkdownInline {
    /// A literal character, or a run of `*`, `_` or `~` that may open or close emphasis.
    private enum Token {
        case text(Character)
        case run(Character, Int, canOpen: Bool, canClose: Bool)
    }

    static func plain(_ s: Substring) -> String {
        var tokens = tokenize(Array(s))
        pairEmphasis(&tokens)
        var out = ""
        for t in tokens {
            switch t {
            case .text(let c): out.append(c)
            case .run(let c, let n, _, _): out.append(String(repeating: c, count: n))
            }
        }
        return out
    }

    // MARK: Tokens

    private static func tokenize(_ c: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "\\", i + 1 < c.count, c[i + 1].isASCII, c[i + 1].isPunctuation || c[i + 1].isSymbol {
                tokens.append(.text(c[i + 1]))
                i += 2
            } else if ch == "`", let (content, next) = codeSpan(c, at: i) {
                tokens += content.map(Token.text)
                i = next
            } else if ch == "<", let (url, next) = autolink(c, at: i) {
                tokens += url.map(Token.text)
                i = next
            } else if ch == "!" || ch == "[", let (label, next) = link(c, at: ch == "!" ? i + 1 : i) {
                tokens += tokenize(label)
                i = next
            } else if ch == "*" || ch == "_" || ch == "~" {
                let n = c[i...].prefix(while: { $0 == ch }).count
                tokens.append(run(ch, count: n, before: i > 0 ? c[i - 1] : nil, after: i + n < c.count ? c[i + n] : nil))
                i += n
            } else {
                tokens.append(.text(ch))
                i += 1
            }
        }
        return tokens
    }

    /// Left-/right-flanking per CommonMark; `_` may not open or close inside a word. `~` counts
    /// only as a pair (GitHub strikethrough).
    private static func run(_ ch: Character, count: Int, before: Character?, after: Character?) -> Token {
        let ws: (Character?) -> Bool = { $0 == nil || $0!.isWhitespace }
        let punct: (Character?) -> Bool = { $0.map { $0.isPunctuation || $0.isSymbol } ?? false }
        let left = !ws(after) && (!punct(after) || ws(before) || punct(before))
        let right = !ws(before) && (!punct(before) || ws(after) || punct(after))
        var canOpen = left, canClose = right
        if ch == "_" {
            canOpen = left && (!right || punct(before))
            canClose = right && (!left || punct(after))
        }
        if ch == "~" && count != 2 { canOpen = false; canClose = false }
        return .run(ch, count, canOpen: canOpen, canClose: canClose)
    }

    /// A backtick run, content, and an equally long closing run; the content with one leading and
    /// trailing space stripped when both are present.
    private static func codeSpan(_ c: [Character], at i: Int) -> ([Character], Int)? {
        let n = c[i...].prefix(while: { $0 == "`" }).count
        var j = i + n
        while j < c.count {
            if c[j] == "`" {
                let m = c[j...].prefix(while: { $0 == "`" }).count
                if m == n {
                    var content = Array(c[(i + n)..<j])
                    if content.count >= 2, content.first == " ", content.last == " " { content = Array(content.dropFirst().dropLast()) }
                    return (content, j + m)
                }
                j += m
            } else {
                j += 1
            }
        }
        return nil
    }

    /// `<scheme:…>` or `<user@host>` without spaces: the address.
    private static func autolink(_ c: [Character], at i: Int) -> ([Character], Int)? {
        guard let close = c[(i + 1)...].firstIndex(of: ">") else { return nil }
        let inner = Array(c[(i + 1)..<close])
        guard !inner.isEmpty, !inner.contains(where: { $0.isWhitespace || $0 == "<" }) else { return nil }
        let s = String(inner)
        guard s.contains("://") || s.hasPrefix("mailto:") || (s.contains("@") && !s.hasPrefix("@")) else { return nil }
        return (inner, close + 1)
    }

    /// `[label](destination)` or `[label][ref]` starting at `i` (the "["): the label.
    private static func link(_ c: [Character], at i: Int) -> ([Character], Int)? {
        guard i < c.count, c[i] == "[" else { return nil }
        var depth = 0, j = i
        var close: Int?
        while j < c.count {
            if c[j] == "\\" { j += 2; continue }
            if c[j] == "[" { depth += 1 }
            if c[j] == "]" { depth -= 1; if depth == 0 { close = j; break } }
            j += 1
        }
        guard let close, close + 1 < c.count else { return nil }
        let label = Array(c[(i + 1)..<close])
        let opener = c[close + 1], closer: Character = opener == "(" ? ")" : "]"
        guard opener == "(" || opener == "[" else { return nil }
        var k = close + 2, parens = 1
        while k < c.count {
            if c[k] == opener && opener == "(" { parens += 1 }
            if c[k] == closer { parens -= 1; if parens == 0 { return (label, k + 1) } }
            k += 1
        }
        return nil
    }

    // MARK: Emphasis

    /// Pairs each closing run with the nearest earlier opening run of the same character and
    /// removes the shared number of markers from both; unmatched runs stay as text.
    private static func pairEmphasis(_ tokens: inout [Token]) {
        var openers: [Int] = []
        for i in tokens.indices {
            guard case .run(let ch, _, let canOpen, let canClose) = tokens[i] else { continue }
            if canClose, let k = openers.lastIndex(where: { if case .run(ch, _, _, _) = tokens[$0] { true } else { false } }) {
                let o = openers[k]
                guard case .run(_, let on, let oo, let oc) = tokens[o], case .run(_, let cn, _, _) = tokens[i] else { continue }
                let used = min(on, cn)
                tokens[o] = .run(ch, on - used, canOpen: oo, canClose: oc)
                tokens[i] = .run(ch, cn - used, canOpen: canOpen, canClose: canClose)
                openers.removeSubrange(k...)
                if on - used > 0 { openers.append(o) }
                if cn - used > 0, canOpen { openers.append(i) }
                continue
            }
            if canOpen { openers.append(i) }
        }
    }
}
