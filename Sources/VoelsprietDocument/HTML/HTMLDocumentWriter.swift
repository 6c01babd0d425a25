import VoelsprietAnalysis

/// Writes a document as HTML: a self-contained printable page (inline CSS, inline SVG charts,
/// no scripts, no external resources; A4 print styles) or a fragment for a page with its own
/// layout (include `HTMLDocumentWriter.stylesheet` there).
///
/// Numbers become `<a class="number" href title data-number-id>` (a `<span>` without a safe
/// href); broken references a red `<span class="broken-reference">[?key]</span>`.
public struct HTMLDocumentWriter: Sendable {
    public enum Mode: Sendable {
        /// A complete page: `<!DOCTYPE html>`, `<head>` with the stylesheet, `<body>`.
        case standalone
        /// Only the `<article class="report-document">` element, without any style.
        case fragment
    }

    public init() {}

    /// The CSS the standalone page carries, for hosts of a fragment.
    public static var stylesheet: String { HTMLStylesheet.css }

    /// The document as HTML.
    public func write(_ document: ReportDocument, mode: Mode = .standalone) -> String {
        let layout = DocumentLayout(document)
        let blocks = HTMLBlocks(document: document, layout: layout)
        let article =
            "<article class=\"report-document\" lang=\"\(document.language.rawValue)\">\n"
            + blocks.titleBlock() + blocks.body() + "</article>\n"
        guard mode == .standalone else { return article }
        var head =
            "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        head += "<title>\(HTMLInlines.escape(document.title))</title>\n"
        if !document.metadata.author.isEmpty {
            head += "<meta name=\"author\" content=\"\(HTMLInlines.escape(document.metadata.author))\">\n"
        }
        head += "<style>\n\(HTMLStylesheet.css)</style>\n"
        return
            "<!DOCTYPE html>\n<html lang=\"\(document.language.rawValue)\">\n<head>\n\(head)</head>\n<body>\n\(article)</body>\n</html>\n"
    }
}
