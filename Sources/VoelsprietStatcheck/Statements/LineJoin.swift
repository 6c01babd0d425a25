/// Statements broken over a line end, as hard-wrapped text and PDF extractions have them
/// (`… (F(2, 40) = 3.50,` on one line, `p = .04) …` on the next).
///
/// The end of a line and the start of the next (each at most `window` scalars, joined by a space)
/// are scanned as one line; only statements that start before the join and end after it are kept,
/// so nothing found within one line is counted twice. They are reported at the first line, with
/// its column. Lines are not joined across a blank line (a paragraph end) or when either is a table
/// row (it holds a tab or starts with `|`).
enum LineJoin {
    static let window = 120

    static func statements(across first: SourceLine, _ second: SourceLine, alpha: Double) -> LineStatements.Output? {
        guard joinable(first.text), joinable(second.text) else { return nil }
        let a = Array(first.text.unicodeScalars), b = Array(second.text.unicodeScalars)
        let tail = a.suffix(window), head = b.prefix(window)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: tail)
        view.append(" ")
        view.append(contentsOf: head)
        let joined = String(view)
        guard LineStatements.mayContainStatement(joined) else { return nil }
        var output = LineStatements.check(SourceLine(number: first.number, text: joined), alpha: alpha)
        let boundary = tail.count  // 0-based index of the joining space
        let shift = a.count - tail.count
        func crosses(column: Int, text: String) -> Bool {
            let start = column - 1
            return start < boundary && start + text.unicodeScalars.count > boundary + 1
        }
        output.statements = output.statements.filter { crosses(column: $0.column, text: $0.text) }.map {
            var statement = $0
            statement.column += shift
            return statement
        }
        output.skipped = output.skipped.filter { crosses(column: $0.column, text: $0.text) }.map {
            var skipped = $0
            skipped.column += shift
            return skipped
        }
        output.notSignificantMarks = 0
        guard !output.statements.isEmpty || !output.skipped.isEmpty else { return nil }
        return output
    }

    private static func joinable(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        return !trimmed.isEmpty && !text.contains("\t") && !trimmed.hasPrefix("|")
    }
}
