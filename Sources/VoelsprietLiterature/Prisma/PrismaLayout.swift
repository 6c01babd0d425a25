// Geometry of the flow diagram: where each box goes and how tall it is. All sizes are SVG user
// units (pixels at 100 %).

/// A laid-out box with its wrapped lines.
struct PrismaBoxLayout: Sendable {
    enum Style: Sendable { case plain, headerDatabases, headerOther }
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    /// Wrapped lines: text, indent level, bold.
    var lines: [(text: String, indent: Int, bold: Bool)]
    var style: Style

    var centerX: Double { x + width / 2 }
    var centerY: Double { y + height / 2 }
    var bottom: Double { y + height }
    var right: Double { x + width }
}

/// A vertical phase label on the left.
struct PrismaPhaseBar: Sendable {
    var y: Double
    var height: Double
    var label: String
}

/// An arrow as a polyline ending in an arrowhead.
struct PrismaArrow: Sendable {
    var points: [(Double, Double)]
}

struct PrismaLayout {
    static let fontSize = 13.0
    static let lineHeight = 17.0
    static let padding = 9.0
    static let indentStep = 12.0
    static let margin = 12.0
    static let barWidth = 30.0
    static let boxWidth = 250.0
    static let sideGap = 34.0
    static let columnGap = 44.0
    static let rowGap = 34.0
    static let headerGap = 20.0

    private(set) var boxes: [PrismaBoxLayout] = []
    private(set) var phaseBars: [PrismaPhaseBar] = []
    private(set) var arrows: [PrismaArrow] = []
    private(set) var width = 0.0
    private(set) var height = 0.0
    /// Every box's text in reading order (headers, then row by row), for `<desc>`.
    private(set) var readingOrderText = ""

    init(counts: PrismaCounts, labels: PrismaLabels) {
        let hasOther = counts.otherMethods != nil
        let columns: [PrismaColumn] = hasOther ? PrismaColumn.allCases : [.databasesMain, .databasesSide]
        let x = Self.columnX
        width = x(columns.last!) + Self.boxWidth + Self.margin
        let content = PrismaDiagram.content(counts, labels)

        // Headers span a main and a side box.
        let headerWidth = 2 * Self.boxWidth + Self.sideGap
        var headers = [Self.box(x: x(.databasesMain), width: headerWidth, [PrismaParagraph(text: labels.headerDatabases, bold: true)], .headerDatabases)]
        if hasOther {
            headers.append(Self.box(x: x(.otherMain), width: headerWidth, [PrismaParagraph(text: labels.headerOtherMethods, bold: true)], .headerOther))
        }
        let headerHeight = headers.map(\.height).max()!
        for index in headers.indices { headers[index].y = Self.margin; headers[index].height = headerHeight }
        boxes = headers

        var y = Self.margin + headerHeight + Self.headerGap
        var grid: [PrismaRow: [PrismaColumn: PrismaBoxLayout]] = [:]
        var rowSpans: [PrismaRow: (Double, Double)] = [:]
        for row in PrismaRow.allCases {
            var rowBoxes: [PrismaColumn: PrismaBoxLayout] = [:]
            for column in columns {
                if let paragraphs = content[row]?[column] { rowBoxes[column] = Self.box(x: x(column), width: Self.boxWidth, paragraphs, .plain) }
            }
            // A row that is a phase of its own is at least as tall as the phase's rotated label
            // (bold, plus a margin at both ends), so the label stays inside its bar.
            let ownPhase: String? = row == .identification ? labels.phaseIdentification : row == .included ? labels.phaseIncluded : nil
            let labelLength = ownPhase.map { Double($0.count) * Self.fontSize * 1.08 * SVGText.averageAdvance + 2 * Self.padding } ?? 0
            let rowHeight = max(rowBoxes.values.map(\.height).max() ?? 0, rowBoxes.isEmpty ? 0 : labelLength)
            for column in rowBoxes.keys { rowBoxes[column]!.y = y; rowBoxes[column]!.height = rowHeight }
            grid[row] = rowBoxes
            rowSpans[row] = (y, y + rowHeight)
            y += rowHeight + Self.rowGap
        }
        height = y - Self.rowGap + Self.margin
        for row in PrismaRow.allCases {
            for column in columns { if let box = grid[row]?[column] { boxes.append(box) } }
        }
        phaseBars = Self.bars(rowSpans, labels)
        arrows = Self.arrows(grid, hasOther: hasOther)
        readingOrderText = boxes.map { $0.lines.map(\.text).joined(separator: " ") }.joined(separator: ". ")
    }

    /// Left edge of a column's boxes.
    static func columnX(_ column: PrismaColumn) -> Double {
        let start = margin + barWidth + 14
        switch column {
        case .databasesMain: return start
        case .databasesSide: return start + boxWidth + sideGap
        case .otherMain: return start + 2 * boxWidth + sideGap + columnGap
        case .otherSide: return start + 3 * boxWidth + 2 * sideGap + columnGap
        }
    }

    /// A box whose height fits its wrapped paragraphs (y is set by the caller).
    static func box(x: Double, width: Double, _ paragraphs: [PrismaParagraph], _ style: PrismaBoxLayout.Style) -> PrismaBoxLayout {
        var lines: [(text: String, indent: Int, bold: Bool)] = []
        for paragraph in paragraphs {
            // Bold text runs about 8 % wider.
            let size = fontSize * (paragraph.bold ? 1.08 : 1)
            let available = width - 2 * padding - Double(paragraph.indent) * indentStep
            for line in SVGText.wrap(paragraph.text, width: available, fontSize: size) {
                lines.append((line, paragraph.indent, paragraph.bold))
            }
        }
        let height = 2 * padding + Double(lines.count) * lineHeight
        return PrismaBoxLayout(x: x, y: 0, width: width, height: height, lines: lines, style: style)
    }

    private static func bars(_ spans: [PrismaRow: (Double, Double)], _ labels: PrismaLabels) -> [PrismaPhaseBar] {
        let phases: [(PrismaRow, PrismaRow, String)] = [
            (.identification, .identification, labels.phaseIdentification),
            (.screening, .eligibility, labels.phaseScreening),
            (.included, .included, labels.phaseIncluded),
        ]
        return phases.map { first, last, label in
            PrismaPhaseBar(y: spans[first]!.0, height: spans[last]!.1 - spans[first]!.0, label: label)
        }
    }

    private static func arrows(_ grid: [PrismaRow: [PrismaColumn: PrismaBoxLayout]], hasOther: Bool) -> [PrismaArrow] {
        var arrows: [PrismaArrow] = []
        let rows = PrismaRow.allCases
        for (row, next) in zip(rows, rows.dropFirst()) {
            if let from = grid[row]?[.databasesMain], let to = grid[next]?[.databasesMain] { arrows.append(down(from, to)) }
        }
        for row in rows {
            for (main, side) in [(PrismaColumn.databasesMain, PrismaColumn.databasesSide), (.otherMain, .otherSide)] {
                if let from = grid[row]?[main], let to = grid[row]?[side] {
                    arrows.append(PrismaArrow(points: [(from.right, from.centerY), (to.x, to.centerY)]))
                }
            }
        }
        if hasOther, let identified = grid[.identification]?[.otherMain], let sought = grid[.retrieval]?[.otherMain],
            let assessed = grid[.eligibility]?[.otherMain], let included = grid[.included]?[.databasesMain]
        {
            arrows.append(down(identified, sought))
            arrows.append(down(sought, assessed))
            // From the other column's last box down and left into the shared "included" box.
            arrows.append(PrismaArrow(points: [(assessed.centerX, assessed.bottom), (assessed.centerX, included.centerY), (included.right, included.centerY)]))
        }
        return arrows
    }

    private static func down(_ from: PrismaBoxLayout, _ to: PrismaBoxLayout) -> PrismaArrow {
        PrismaArrow(points: [(from.centerX, from.bottom), (from.centerX, to.y)])
    }
}
