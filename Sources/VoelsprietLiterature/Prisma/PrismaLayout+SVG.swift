// SVG elements for the laid-out parts of the flow diagram.

extension PrismaBoxLayout {
    var svg: String {
        let n = SVGText.number
        let (fill, stroke) = switch style {
        case .plain: ("#ffffff", "#222222")
        case .headerDatabases: ("#ffd966", "#8a6d00")
        case .headerOther: ("#d9d9d9", "#666666")
        }
        var out = "<g>\n<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" rx=\"4\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.2\"/>\n"
        // Centre the block of lines vertically; headers are also centred horizontally.
        let textHeight = Double(lines.count) * PrismaLayout.lineHeight
        var baseline = y + (height - textHeight) / 2 + PrismaLayout.fontSize
        for line in lines {
            let weight = line.bold ? " font-weight=\"bold\"" : ""
            if style == .plain {
                let lineX = x + PrismaLayout.padding + Double(line.indent) * PrismaLayout.indentStep
                out += "<text x=\"\(n(lineX))\" y=\"\(n(baseline))\"\(weight)>\(SVGText.escape(line.text))</text>\n"
            } else {
                out += "<text x=\"\(n(centerX))\" y=\"\(n(baseline))\" text-anchor=\"middle\"\(weight)>\(SVGText.escape(line.text))</text>\n"
            }
            baseline += PrismaLayout.lineHeight
        }
        return out + "</g>\n"
    }
}

extension PrismaPhaseBar {
    var svg: String {
        let n = SVGText.number
        let x = PrismaLayout.margin
        let w = PrismaLayout.barWidth
        let cx = x + w / 2
        let cy = y + height / 2
        return """
            <g><rect x="\(n(x))" y="\(n(y))" width="\(n(w))" height="\(n(height))" rx="4" fill="#9dc3e6" stroke="#41719c" stroke-width="1.2"/>
            <text x="\(n(cx))" y="\(n(cy))" transform="rotate(-90 \(n(cx)) \(n(cy)))" text-anchor="middle" dominant-baseline="central" font-weight="bold">\(SVGText.escape(label))</text></g>

            """
    }
}

extension PrismaArrow {
    func svg(markerID: String) -> String {
        let n = SVGText.number
        let path = points.enumerated().map { "\($0.offset == 0 ? "M" : "L") \(n($0.element.0)) \(n($0.element.1))" }
        return "<path d=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.3\" marker-end=\"url(#\(markerID))\"/>\n"
    }
}
