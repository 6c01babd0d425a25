/// A chart with its caption (printed below it) and a text alternative.
public struct Figure: Sendable, Equatable {
    public var caption: String
    public var chart: Chart
    /// What the chart shows, for screen readers and the Word "alt text".
    public var altText: String
    /// The anchor wanted for links; empty means "figuur-N" / "figure-N".
    public var id: String

    public init(caption: String, chart: Chart, altText: String, id: String = "") {
        self.caption = caption
        self.chart = chart
        self.altText = altText
        self.id = id
    }
}

/// The two chart kinds of `SVGChart`.
public enum Chart: Sendable, Equatable {
    /// One horizontal bar per category.
    case bars(BarChart)
    /// Stacked bars centred on the neutral scale point.
    case diverging(DivergingChart)
}

/// Horizontal bars: a label, a count and a percentage per category.
public struct BarChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var count: Int
        public var percent: Double

        public init(label: String, count: Int, percent: Double) {
            self.label = label
            self.count = count
            self.percent = percent
        }
    }

    public var title: String
    public var bars: [Bar]
    /// A line under the bars, e.g. "n = 61".
    public var note: String

    public init(title: String, bars: [Bar], note: String = "") {
        self.title = title
        self.bars = bars
        self.note = note
    }
}

/// Diverging stacked bars: per row the percentage of each scale point, in scale order.
public struct DivergingChart: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var percents: [Double]
        public var n: Int

        public init(label: String, percents: [Double], n: Int) {
            self.label = label
            self.percents = percents
            self.n = n
        }
    }

    public var title: String
    public var rows: [Row]
    /// The scale points' labels, from most negative to most positive.
    public var legend: [String]

    public init(title: String, rows: [Row], legend: [String]) {
        self.title = title
        self.rows = rows
        self.legend = legend
    }
}
