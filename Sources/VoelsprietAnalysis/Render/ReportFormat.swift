/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case json
    case csv

    /// File name used when writing into a directory.
    public var fileName: String {
        switch self {
        case .markdown: "report.md"
        case .html: "report.html"
        case .json: "report.json"
        case .csv: "report.csv"
        }
    }

    /// The media type for downloads.
    public var contentType: String {
        switch self {
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8"
        }
    }

    /// Renders `report`.
    public func render(_ report: AnalysisReport) -> String {
        switch self {
        case .markdown: MarkdownRenderer(report: report).render()
        case .html: HTMLRenderer(report: report).render(standalone: true)
        case .json: JSONRenderer.render(report)
        case .csv: CSVRenderer.render(report)
        }
    }
}
