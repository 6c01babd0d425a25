/// Draws a PRISMA 2020 flow diagram as a standalone SVG document.
///
/// The layout follows the PRISMA 2020 template for new reviews: a header over each column,
/// phase bars on the left (identification, screening, included), main boxes down each column
/// with their side boxes to the right, and arrows between them. Box heights grow with the
/// wrapped text, so any counts and reason names fit; every row has one height so boxes line up.
/// All text is XML-escaped. The SVG carries `role="img"`, a `<title>` and a `<desc>` that reads
/// the boxes in order, for screen readers.
public enum PrismaDiagram {
    /// The SVG document (UTF-8 text, no XML declaration needed). `idPrefix` keeps element ids
    /// unique when several diagrams share one HTML page.
    public static func svg(_ counts: PrismaCounts, labels: PrismaLabels = .english, idPrefix: String = "prisma") -> String {
        let layout = PrismaLayout(counts: counts, labels: labels)
        let id = SVGText.escape(idPrefix)
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(SVGText.number(layout.width))" \
            height="\(SVGText.number(layout.height))" viewBox="0 0 \(SVGText.number(layout.width)) \
            \(SVGText.number(layout.height))" role="img" aria-labelledby="\(id)-title \(id)-desc" \
            font-family="Helvetica, Arial, sans-serif" font-size="\(SVGText.number(PrismaLayout.fontSize))">

            """
        out += "<title id=\"\(id)-title\">\(SVGText.escape(labels.title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVGText.escape(layout.readingOrderText))</desc>\n"
        out += """
            <defs><marker id="\(id)-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" \
            markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#222"/></marker></defs>

            """
        out += "<rect x=\"0\" y=\"0\" width=\"\(SVGText.number(layout.width))\" height=\"\(SVGText.number(layout.height))\" fill=\"#fff\"/>\n"
        for bar in layout.phaseBars { out += bar.svg }
        for box in layout.boxes { out += box.svg }
        for arrow in layout.arrows { out += arrow.svg(markerID: "\(id)-arrow") }
        out += "</svg>\n"
        return out
    }
}
