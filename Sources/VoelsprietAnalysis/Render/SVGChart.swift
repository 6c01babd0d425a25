import Foundation

/// Charts as standalone SVG, drawn by our own code: no scripts, no external fonts, readable
/// in print and by screen readers (`role="img"`, a title and a description).
public enum SVGChart {
    /// Colour-blind-safe diverging palette (ColorBrewer PuOr), with a neutral grey centre.
    static let diverging5 = ["#e66101", "#fdb863", "#d4d4d4", "#b2abd2", "#5e3c99"]
    static let darkSegments: Set<String> = ["#e66101", "#5e3c99"]
    static let barColour = "#3b6ea8"

    /// One row of a diverging chart.
    public struct Row: Sendable {
        public let label: String
        /// Percentages per scale point, in scale order.
        public let percents: [Double]
        public let n: Int

        public init(label: String, percents: [Double], n: Int) {
            self.label = label
            self.percents = percents
            self.n = n
        }
    }

    /// A diverging stacked bar chart for agreement scales: disagreement to the left of zero,
    /// agreement to the right, the neutral point centred on zero; % labels on segments of at
    /// least 5%, and n per row.
    public static func diverging(title: String, rows: [Row], legend: [String]) -> String {
        let points = legend.count
        let palette = points == 5 ? diverging5 : (0..<points).map { diverging5[min(4, $0 * 4 / max(1, points - 1))] }
        let labelWidth = 300.0
        let half = 200.0
        let centre = labelWidth + half + 10
        let width = centre + half + 70
        let lineHeight = 14.0
        var y = 34.0
        var body = ""
        body += "<line x1=\"\(f(centre))\" y1=\"28\" x2=\"\(f(centre))\" y2=\"HEIGHT\" stroke=\"#555\" stroke-width=\"1\"/>"
        for row in rows {
            let lines = wrap(row.label, width: 42, maxLines: 3)
            let rowHeight = max(26, Double(lines.count) * lineHeight + 8)
            for (index, line) in lines.enumerated() {
                body +=
                    "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 14 + Double(index) * lineHeight))\" text-anchor=\"end\" font-size=\"12\">\(escape(line))</text>"
            }
            let middle = points / 2
            let hasNeutral = points % 2 == 1
            var left = -(row.percents[0..<middle].reduce(0, +) + (hasNeutral ? row.percents[middle] / 2 : 0))
            for (index, percent) in row.percents.enumerated() {
                let x = centre + left / 100 * half
                let w = percent / 100 * half
                if w > 0 {
                    body +=
                        "<rect x=\"\(f(x))\" y=\"\(f(y + 4))\" width=\"\(f(w))\" height=\"18\" fill=\"\(palette[index])\"><title>\(escape(legend[index])): \(Int(percent.rounded()))%</title></rect>"
                    if percent >= 5 {
                        let colour = darkSegments.contains(palette[index]) ? "#fff" : "#111"
                        body +=
                            "<text x=\"\(f(x + w / 2))\" y=\"\(f(y + 17))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(colour)\">\(Int(percent.rounded()))</text>"
                    }
                }
                left += percent
            }
            body +=
                "<text x=\"\(f(centre + half + 8))\" y=\"\(f(y + 17))\" font-size=\"11\" fill=\"#333\">n = \(row.n)</text>"
            y += rowHeight
        }
        // Legend.
        var x = labelWidth
        y += 10
        for (index, label) in legend.enumerated() {
            body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"12\" height=\"12\" fill=\"\(palette[index])\"/>"
            body += "<text x=\"\(f(x + 16))\" y=\"\(f(y + 10))\" font-size=\"11\">\(escape(label))</text>"
            x += 30 + Double(label.count) * 6.4
        }
        let height = y + 24
        body = body.replacingOccurrences(of: "HEIGHT", with: f(height - 34))
        return frame(title: title, width: width, height: height, body: body, description: "\(rows.count) rows; % per answer")
    }

    /// A horizontal bar per category: length is the percentage, the label gives count and %.
    public static func bars(title: String, labels: [String], counts: [Int], percents: [Double], note: String) -> String {
        let labelWidth = 300.0
        let scale = 300.0
        let width = labelWidth + scale + 110
        var y = 34.0
        var body = ""
        for (index, label) in labels.enumerated() {
            let lines = wrap(label, width: 42, maxLines: 2)
            let rowHeight = max(22, Double(lines.count) * 14 + 6)
            for (lineIndex, line) in lines.enumerated() {
                body +=
                    "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 13 + Double(lineIndex) * 14))\" text-anchor=\"end\" font-size=\"12\">\(escape(line))</text>"
            }
            let w = max(0, percents[index]) / 100 * scale
            body += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"15\" fill=\"\(barColour)\"/>"
            body +=
                "<text x=\"\(f(labelWidth + w + 5))\" y=\"\(f(y + 15))\" font-size=\"11\">\(counts[index]) (\(Int(percents[index].rounded()))%)</text>"
            y += rowHeight
        }
        body += "<text x=\"\(f(labelWidth))\" y=\"\(f(y + 16))\" font-size=\"11\" fill=\"#333\">\(escape(note))</text>"
        return frame(title: title, width: width, height: y + 26, body: body, description: note)
    }

    static func frame(title: String, width: Double, height: Double, body: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\">"
            + "<title>\(escape(title))</title><desc>\(escape(description))</desc>"
            + "<text x=\"4\" y=\"18\" font-size=\"13\" font-weight=\"600\">\(escape(truncate(title, 100)))</text>" + body
            + "</svg>"
    }

    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String { MarkupEscape.html(text) }

    static func truncate(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Greedy word wrap into at most `maxLines` lines of about `width` characters.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = truncate(lines[maxLines - 1], width - 1) + (lines[maxLines - 1].hasSuffix("…") ? "" : "…")
        }
        return lines.isEmpty ? [""] : lines
    }
}
