import Foundation

/// One source line classified by what it starts.
enum MarkdownLine: Equatable {
    case blank
    case heading(level: Int, text: String)
    case quote(String)
    case bullet(String)
    case numbered(String)
    case text(String)

    init(_ raw: Substring) {
        let line = String(raw)
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            self = .blank
        } else if let heading = Self.heading(trimmed), line.prefix(while: { $0 == " " }).count < 4 {
            self = heading
        } else if trimmed.hasPrefix(">") {
            self = .quote(String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces))
        } else if let rest = Self.bulletContent(trimmed) {
            self = .bullet(rest)
        } else if let rest = Self.numberedContent(trimmed) {
            self = .numbered(rest)
        } else {
            self = .text(trimmed)
        }
    }

    static func heading(_ trimmed: String) -> MarkdownLine? {
        let hashes = trimmed.prefix(while: { $0 == "#" }).count
        guard hashes >= 1, hashes <= 6 else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // A closing sequence of #'s after a space is not part of the text.
        if let range = text.range(of: #"\s+#+$"#, options: .regularExpression) { text.removeSubrange(range) }
        if text.allSatisfy({ $0 == "#" }) { text = "" }
        return .heading(level: min(3, hashes), text: text)
    }

    static func bulletContent(_ trimmed: String) -> String? {
        guard let first = trimmed.first, "-*+".contains(first) else { return nil }
        let rest = trimmed.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    static func numberedContent(_ trimmed: String) -> String? {
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count) else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
        let content = rest.dropFirst()
        guard content.first == " " || content.first == "\t" else { return nil }
        return content.trimmingCharacters(in: .whitespaces)
    }
}
