import Foundation

/// Charts as PNG images for the .docx, drawn by our own code with the layout of `SVGChart`
/// (same sizes in user units, same colours, same rounded percentages) at `scale` × resolution.
public enum ChartPNG {
    /// A rendered chart: the PNG bytes and its size in chart units (CSS pixels).
    public struct Image: Sendable {
        public let png: Data
        public let width: Double
        public let height: Double
    }

    static let diverging5 = ["#e66101", "#fdb863", "#d4d4d4", "#b2abd2", "#5e3c99"]
    static let darkSegments: Set<String> = ["#e66101", "#5e3c99"]
    static let barColour = "#3b6ea8"

    /// The chart as PNG, or nil when it cannot be drawn (`Chart.problem`).
    public static func render(_ chart: Chart, scale: Double = 2) -> Image? {
        guard chart.problem == nil else { return nil }
        let canvas: ChartCanvas
        switch chart.normalized {
        case .bars(let bars): canvas = drawBars(bars, scale: scale)
        case .diverging(let diverging): canvas = drawDiverging(diverging, scale: scale)
        }
        return Image(
            png: PNGEncoder.encode(canvas.bitmap), width: Double(canvas.bitmap.width) / scale,
            height: Double(canvas.bitmap.height) / scale)
    }

    static func drawBars(_ chart: BarChart, scale: Double) -> ChartCanvas {
        let labelWidth = 300.0, barScale = 300.0, width = labelWidth + barScale + 110
        var rows: [(lines: [String], height: Double)] = []
        let measure = ChartCanvas(width: 1, height: 1, scale: scale)
        for bar in chart.bars {
            let lines = measure.wrap(TextClean.inline(bar.label), width: labelWidth - 10, size: 12, maxLines: 2)
            rows.append((lines, max(22, Double(lines.count) * 14 + 6)))
        }
        let height = 34 + rows.reduce(0) { $0 + $1.height } + 26
        var canvas = ChartCanvas(width: width, height: height, scale: scale)
        title(chart.title, width: width, on: &canvas)
        var y = 34.0
        for (bar, row) in zip(chart.bars, rows) {
            for (index, line) in row.lines.enumerated() {
                canvas.text(line, x: labelWidth - 6, y: y + 13 + Double(index) * 14, size: 12, anchor: .end)
            }
            let w = bar.percent / 100 * barScale
            canvas.rect(x: labelWidth, y: y + 3, width: w, height: 15, colour: barColour)
            canvas.text("\(bar.count) (\(Chart.percentText(bar.percent))%)", x: labelWidth + w + 5, y: y + 15, size: 11)
            y += row.height
        }
        let note = canvas.fit(TextClean.inline(chart.note), width: width - labelWidth - 4, size: 11)
        canvas.text(note, x: labelWidth, y: y + 16, size: 11, colour: "#333")
        return canvas
    }

    static func drawDiverging(_ chart: DivergingChart, scale: Double) -> ChartCanvas {
        let points = chart.legend.count
        let palette = points == 5 ? diverging5 : (0..<points).map { diverging5[min(4, $0 * 4 / max(1, points - 1))] }
        let labelWidth = 300.0, half = 200.0
        let centre = labelWidth + half + 10, width = centre + half + 70
        let measure = ChartCanvas(width: 1, height: 1, scale: scale)
        let rows = chart.rows.map { row -> (lines: [String], height: Double) in
            let lines = measure.wrap(TextClean.inline(row.label), width: labelWidth - 10, size: 12, maxLines: 3)
            return (lines, max(26, Double(lines.count) * 14 + 8))
        }
        let legendY = 34 + rows.reduce(0) { $0 + $1.height } + 10
        var canvas = ChartCanvas(width: width, height: legendY + 24, scale: scale)
        title(chart.title, width: width, on: &canvas)
        // The axis first, as in the SVG: the segments cover it.
        canvas.verticalLine(x: centre, from: 28, to: legendY + 24 - 34, colour: "#555")
        var y = 34.0
        for (row, layout) in zip(chart.rows, rows) {
            for (index, line) in layout.lines.enumerated() {
                canvas.text(line, x: labelWidth - 6, y: y + 14 + Double(index) * 14, size: 12, anchor: .end)
            }
            segments(row, palette: palette, centre: centre, half: half, y: y, on: &canvas)
            canvas.text("n = \(row.n)", x: centre + half + 8, y: y + 17, size: 11, colour: "#333")
            y += layout.height
        }
        legend(chart.legend, palette: palette, x: labelWidth, y: legendY, width: width, on: &canvas)
        return canvas
    }

    static func segments(
        _ row: DivergingChart.Row, palette: [String], centre: Double, half: Double, y: Double,
        on canvas: inout ChartCanvas
    ) {
        let middle = row.percents.count / 2
        let hasNeutral = row.percents.count % 2 == 1
        var left = -(row.percents[0..<middle].reduce(0, +) + (hasNeutral ? row.percents[middle] / 2 : 0))
        for (index, percent) in row.percents.enumerated() {
            let x = centre + left / 100 * half
            let w = percent / 100 * half
            if w > 0 {
                canvas.rect(x: x, y: y + 4, width: w, height: 18, colour: palette[index])
                if percent >= 5 {
                    let colour = darkSegments.contains(palette[index]) ? "#fff" : "#111"
                    canvas.text(
                        Chart.percentText(percent), x: x + w / 2, y: y + 17, size: 10, anchor: .middle, colour: colour)
                }
            }
            left += percent
        }
    }

    static func legend(
        _ labels: [String], palette: [String], x start: Double, y: Double, width: Double, on canvas: inout ChartCanvas
    ) {
        var x = start
        for (index, raw) in labels.enumerated() where x + 16 < width {
            let label = canvas.fit(TextClean.inline(raw), width: width - x - 18, size: 11)
            canvas.rect(x: x, y: y, width: 12, height: 12, colour: palette[index])
            canvas.text(label, x: x + 16, y: y + 10, size: 11)
            x += 30 + canvas.font.width(label, size: 11 * canvas.scale) / canvas.scale
        }
    }

    static func title(_ title: String, width: Double, on canvas: inout ChartCanvas) {
        let fitted = canvas.fit(TextClean.inline(title), width: width - 8, size: 13)
        canvas.text(fitted, x: 4, y: 18, size: 13, bold: true)
    }
}
