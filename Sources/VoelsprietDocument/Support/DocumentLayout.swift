import Foundation

/// What every writer needs to know about a document before writing it, worked out once so the
/// three agree: the unique anchor of each heading, table and figure, the numbers of tables and
/// figures, which level-1 headings start a new page, and the table of contents.
struct DocumentLayout: Sendable {
    struct Entry: Sendable, Equatable {
        let level: Int
        let text: String
        let anchor: String
        /// The block index of the heading.
        let block: Int
    }

    let text: DocumentText
    private(set) var anchors: [Int: String] = [:]
    private(set) var numbers: [Int: Int] = [:]
    /// Level-1 headings after the first that do not directly follow an explicit page break.
    private(set) var newPage: Set<Int> = []
    private(set) var contents: [Entry] = []

    init(_ document: ReportDocument) {
        text = DocumentText.forLanguage(document.language)
        var used: Set<String> = ["contents", "inhoud", "toc-title"]
        var tables = 0
        var figures = 0
        var seenLevel1 = false
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .heading(let heading):
                let anchor = Self.unique(Self.slug(heading.id.isEmpty ? heading.text : heading.id), &used)
                anchors[index] = anchor
                contents.append(Entry(level: heading.level, text: heading.text, anchor: anchor, block: index))
                if heading.level == 1 {
                    let afterBreak = index > 0 && document.blocks[index - 1] == .pageBreak
                    if seenLevel1, !afterBreak { newPage.insert(index) }
                    seenLevel1 = true
                }
            case .table(let table):
                tables += 1
                numbers[index] = tables
                let fallback = "\(text.table)-\(tables)"
                anchors[index] = Self.unique(Self.slug(table.id.isEmpty ? fallback : table.id), &used)
            case .figure(let figure):
                figures += 1
                numbers[index] = figures
                let fallback = "\(text.figure)-\(figures)"
                anchors[index] = Self.unique(Self.slug(figure.id.isEmpty ? fallback : figure.id), &used)
            default:
                break
            }
        }
    }

    /// "Tabel 2. Caption" for the table or figure at block `index`.
    func caption(_ kind: NumberedKind, at index: Int, _ caption: String) -> (label: String, tail: String) {
        (text.label(kind, numbers[index] ?? 0), text.captionTail(caption))
    }

    /// Lower-case ASCII letters, digits, `-` and `_`; accents dropped, anything else a hyphen.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var out = ""
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-"), !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "section" }
        return out.first?.isLetter == true ? String(out.prefix(60)) : "s-" + out.prefix(58)
    }

    static func unique(_ anchor: String, _ used: inout Set<String>) -> String {
        var candidate = anchor
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(anchor)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
