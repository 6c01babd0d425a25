/// Writes a document as GitHub-flavoured Markdown: `#` title, document headings one level
/// lower, pipe tables with a caption line above, quotes as `>` with a last `— attribution`
/// line, figures as their caption and a data table (no image), the table of contents as a list
/// of links to GitHub's heading anchors.
///
/// Numbers are plain text (their display text; provenance is not shown). Broken references are
/// bold `\[?key\]`, which renders as **[?key]**. Every text is escaped, so nothing in it can
/// become markup or HTML.
public struct MarkdownDocumentWriter: Sendable {
    public init() {}

    /// The document as Markdown, blocks separated by blank lines, ending in a newline.
    public func write(_ document: ReportDocument) -> String {
        let layout = DocumentLayout(document)
        let blocks = MarkdownBlockWriter(document: document, layout: layout)
        var parts = [blocks.titleBlock()]
        for (index, block) in document.blocks.enumerated() {
            let text = blocks.block(block, at: index)
            if !text.isEmpty { parts.append(text) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
