import Foundation
import VoelsprietAnalysis

/// The quote report: per theme (a top code) and its subcodes, every fragment as a quote with its
/// label — "(Prof8)" — ready to be pasted into a results chapter. Markdown, or a self-contained
/// printable HTML page (inline styles, no scripts, page breaks between themes).
public struct QuoteReport: Sendable {
    public struct Section: Sendable {
        public var path: [String]
        public var depth: Int
        public var description: String?
        public var quotes: [Fragment]
    }

    public var title: String
    public var sections: [Section]
    /// Words of the page (Dutch or English), given by the caller.
    public var labels: Labels

    public struct Labels: Sendable {
        public var noQuotes: String
        public var quotes: String
        public var generated: String
        public init(noQuotes: String, quotes: String, generated: String) {
            self.noQuotes = noQuotes
            self.quotes = quotes
            self.generated = generated
        }
        public static let dutch = Labels(noQuotes: "Geen fragmenten.", quotes: "fragmenten", generated: "Gemaakt met Voelspriet")
        public static let english = Labels(noQuotes: "No fragments.", quotes: "fragments", generated: "Made with Voelspriet")
    }

    /// Builds the sections in codebook order; identical fragments (same source, range and code,
    /// coded by several coders) are quoted once.
    public init(title: String, codebook: Codebook, fragments: [Fragment], labels: Labels) {
        self.title = title
        self.labels = labels
        var byCode: [UUID: [Fragment]] = [:]
        var seen = Set<String>()
        for f in fragments {
            let key = "\(f.coding.codeID.uuidString)|\(f.coding.sourceID.uuidString)|\(f.coding.range.start)|\(f.coding.range.end)"
            if seen.insert(key).inserted { byCode[f.coding.codeID, default: []].append(f) }
        }
        sections = codebook.outline().map { entry in
            Section(path: codebook.path(of: entry.code.id), depth: entry.depth, description: entry.code.description, quotes: byCode[entry.code.id] ?? [])
        }
    }

    public func markdown() -> String {
        var out = "# \(Self.markdownLine(title))\n"
        for section in sections {
            let hashes = String(repeating: "#", count: min(section.depth + 2, 6))
            out += "\n\(hashes) \(Self.markdownLine(section.path.last ?? ""))\n\n"
            if let d = section.description {
                let oneLine = d.split(whereSeparator: \.isNewline).joined(separator: " ")
                out += "_\(Self.markdownLine(oneLine))_\n\n"
            }
            if section.quotes.isEmpty { out += "\(labels.noQuotes)\n" }
            for q in section.quotes {
                let text = q.text.split(separator: "\n", omittingEmptySubsequences: false).map { "> \(Self.markdownLine(String($0)))" }
                out += text.joined(separator: "\n") + " (\(Self.markdownLine(q.quoteLabel)))\n\n"
            }
        }
        return out
    }

    public func html(language: String) -> String {
        var body = "<h1>\(Self.escape(title))</h1>\n"
        for section in sections {
            let level = min(section.depth + 2, 6)
            let brk = section.depth == 0 ? " class=\"theme\"" : ""
            body += "<section\(brk)><h\(level)>\(Self.escape(section.path.joined(separator: " › ")))</h\(level)>\n"
            if let d = section.description { body += "<p class=\"about\">\(Self.escape(d))</p>\n" }
            if section.quotes.isEmpty { body += "<p class=\"none\">\(Self.escape(labels.noQuotes))</p>\n" }
            for q in section.quotes {
                let time = q.time.map { " · \($0.startLabel)" } ?? ""
                body += "<blockquote><p>\(Self.escape(q.text).replacingOccurrences(of: "\n", with: "<br>"))</p>"
                body += "<footer>(\(Self.escape(q.quoteLabel)))<span class=\"where\"> — \(Self.escape(q.sourceName))\(time)</span></footer></blockquote>\n"
            }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(Self.escape(language))"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
            <style>
            body{font:11pt/1.5 Georgia,serif;max-width:42em;margin:2em auto;color:#111}
            h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:1px solid #999}h3,h4,h5,h6{font-size:1.05em}
            blockquote{margin:.8em 0 .8em 1.2em;padding-left:.8em;border-left:3px solid #bbb;page-break-inside:avoid}
            blockquote p{margin:0}footer{font-style:italic}.where{color:#666;font-size:.85em}.about{color:#444}
            @media print{section.theme{page-break-before:always}section.theme:first-of-type{page-break-before:auto}.where{display:none}}
            </style></head><body>
            \(body)<p class="where">\(Self.escape(labels.generated))</p>
            </body></html>

            """
    }

    /// HTML escaping per Unicode scalar (text and attribute values): the project's one escaper.
    static func escape(_ s: String) -> String { MarkupEscape.html(s) }

    /// One line of Markdown text: characters that would start markup are escaped.
    static func markdownLine(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if "\\`*_[]<>#|".unicodeScalars.contains(u) { out += "\\" }
            out.unicodeScalars.append(u)
        }
        return out
    }
}
