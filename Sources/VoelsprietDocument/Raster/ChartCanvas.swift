/// Drawing in chart units (the SVG's user units) onto a bitmap `scale` times as large.
struct ChartCanvas {
    enum Anchor { case start, middle, end }

    let scale: Double
    let font = BitmapFont.shared
    var bitmap: RGBBitmap

    init(width: Double, height: Double, scale: Double) {
        self.scale = scale
        bitmap = RGBBitmap(width: Int((width * scale).rounded(.up)), height: Int((height * scale).rounded(.up)))
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, colour: String) {
        bitmap.fill(
            x: x * scale, y: y * scale, width: width * scale, height: height * scale, colour: RGBColor(hex: colour))
    }

    /// A vertical line one unit wide centred on `x`.
    mutating func verticalLine(x: Double, from y0: Double, to y1: Double, colour: String) {
        rect(x: x - 0.5, y: y0, width: 1, height: y1 - y0, colour: colour)
    }

    /// Text with its baseline at `y`, placed like SVG's `text-anchor`.
    mutating func text(
        _ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .start, colour: String = "#111",
        bold: Bool = false
    ) {
        let pixelSize = size * scale
        let width = font.width(text, size: pixelSize)
        let start: Double
        switch anchor {
        case .start: start = x * scale
        case .middle: start = x * scale - width / 2
        case .end: start = x * scale - width
        }
        font.draw(
            text, x: start, y: y * scale, size: pixelSize, colour: RGBColor(hex: colour), bold: bold, into: &bitmap)
    }

    /// `text` wrapped into lines no wider than `width` units at `size`.
    func wrap(_ text: String, width: Double, size: Double, maxLines: Int) -> [String] {
        TextFit.wrap(text, width: width * scale, size: size * scale, maxLines: maxLines, font: font)
    }

    func fit(_ text: String, width: Double, size: Double) -> String {
        TextFit.fit(text, width: width * scale, size: size * scale, font: font)
    }
}
