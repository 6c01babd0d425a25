import Foundation

/// A safe Markdown subset for the text blocks researchers write: paragraphs, `#`–`###`
/// headings (more `#` count as `###`), `-`/`*`/`+` and `1.`/`1)` lists (not nested; lazy
/// continuation lines join the last item), `> ` quotes (a last quote line starting with `— `,
/// `– ` or `-- ` is the attribution), `*em*`, `**strong**`, `` `code` ``, `\` escapes,
/// `[text](url)` links (http, https, mailto and relative only; others stay literal text) and
/// references `{{key}}`.
///
/// Nothing is passed through as HTML: the result is a document model whose writers escape
/// every character. Any input gives blocks; nothing is rejected.
public enum MarkdownBlocks {
    /// The blocks of `markdown`. `references` maps a `{{key}}` to its inline (usually a
    /// `.number`); for nil the reference becomes `.missing(key)`, shown visibly by the writers.
    /// `headingOffset` moves headings down (1: `#` becomes level 2), still at most level 3.
    /// Headings are plain text: their references show as the number's display text or `[?key]`.
    public static func parse(_ markdown: String, headingOffset: Int = 0, references: (String) -> Inline?) -> [Block] {
        let normalised = markdown.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
            of: "\r", with: "\n")
        return withoutActuallyEscaping(references) { references in
            var builder = BlockBuilder(headingOffset: headingOffset, references: references)
            for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
                builder.add(MarkdownLine(line))
            }
            return builder.finish()
        }
    }

    /// The inlines of one line or paragraph of text (no block syntax).
    public static func parseInline(_ text: String, references: (String) -> Inline?) -> [Inline] {
        withoutActuallyEscaping(references) { InlineParser(text, references: $0).parse() }
    }

    /// The `{{key}}` references in `markdown`, in order of appearance (duplicates kept).
    public static func referenceKeys(in markdown: String) -> [String] {
        var keys: [String] = []
        _ = parse(markdown) { key in
            keys.append(key)
            return nil
        }
        return keys
    }
}
