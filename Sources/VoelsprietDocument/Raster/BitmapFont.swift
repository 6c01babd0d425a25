import Foundation

/// The embedded bitmap font (DejaVu Sans shapes at 24 px, see `BitmapFontData`): measuring and
/// drawing text at any pixel size, scaling the 4-bit coverage maps bilinearly. Characters it
/// lacks are drawn as their decomposition (ş → s, ĳ → ij) or "?".
struct BitmapFont: Sendable {
    struct Glyph: Sendable {
        /// Advance in pixels at the font's own size.
        let advance: Double
        let left, top, width, height: Int
        /// Coverage 0–15 per pixel, row by row.
        let coverage: [UInt8]
    }

    static let shared = BitmapFont()

    let glyphs: [UInt32: Glyph]
    let pixelSize = Double(BitmapFontData.pixelSize)

    init() {
        var glyphs: [UInt32: Glyph] = [:]
        for line in BitmapFontData.glyphs.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 7, let code = UInt32(fields[0], radix: 16), let advance = Int(fields[1]),
                let left = Int(fields[2]), let top = Int(fields[3]), let width = Int(fields[4]),
                let height = Int(fields[5])
            else { continue }
            let coverage = fields[6] == "-" ? [] : fields[6].utf8.map { $0 <= 57 ? $0 - 48 : $0 - 87 }
            guard coverage.count == width * height else { continue }
            glyphs[code] = Glyph(
                advance: Double(advance) / 10, left: left, top: top, width: width, height: height, coverage: coverage)
        }
        self.glyphs = glyphs
    }

    /// The glyphs drawn for `scalar`: its own, else those of its compatibility decomposition
    /// that the font has (ş → s, ĳ → ij), else "?".
    func drawn(_ scalar: Unicode.Scalar) -> [Glyph] {
        if let glyph = glyphs[scalar.value] { return [glyph] }
        let parts = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars.compactMap {
            glyphs[$0.value]
        }
        if !parts.isEmpty { return parts }
        return glyphs[0x3F].map { [$0] } ?? []
    }

    /// The width of `text` in pixels at `size` pixels.
    func width(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in total + drawn(scalar).reduce(0) { $0 + $1.advance } } * size
            / pixelSize
    }

    /// Draws `text` with its baseline at `y`, starting at `x` (pixels).
    func draw(
        _ text: String, x: Double, y: Double, size: Double, colour: RGBColor, bold: Bool = false,
        into bitmap: inout RGBBitmap
    ) {
        let scale = size / pixelSize
        var pen = x
        for scalar in text.unicodeScalars {
            for glyph in drawn(scalar) {
                draw(glyph, x: pen, y: y, scale: scale, colour: colour, into: &bitmap)
                if bold { draw(glyph, x: pen + max(1, scale), y: y, scale: scale, colour: colour, into: &bitmap) }
                pen += glyph.advance * scale
            }
        }
    }

    func draw(_ glyph: Glyph, x: Double, y: Double, scale: Double, colour: RGBColor, into bitmap: inout RGBBitmap) {
        guard glyph.width > 0, glyph.height > 0 else { return }
        let originX = x + Double(glyph.left) * scale
        let originY = y + Double(glyph.top) * scale
        let columns = Int((Double(glyph.width) * scale).rounded(.up)) + 1
        let rows = Int((Double(glyph.height) * scale).rounded(.up)) + 1
        let startX = Int(originX.rounded(.down)), startY = Int(originY.rounded(.down))
        for row in 0..<rows {
            for column in 0..<columns {
                let px = startX + column, py = startY + row
                // The pixel centre in glyph coordinates.
                let gx = (Double(px) + 0.5 - originX) / scale - 0.5
                let gy = (Double(py) + 0.5 - originY) / scale - 0.5
                let alpha = sample(glyph, gx, gy)
                if alpha > 0 { bitmap.blend(x: px, y: py, colour, alpha: alpha) }
            }
        }
    }

    /// Bilinear coverage (0–1) at a glyph position; zero outside.
    func sample(_ glyph: Glyph, _ x: Double, _ y: Double) -> Double {
        let x0 = Int(x.rounded(.down)), y0 = Int(y.rounded(.down))
        let fx = x - Double(x0), fy = y - Double(y0)
        let c00 = coverage(glyph, x0, y0), c10 = coverage(glyph, x0 + 1, y0)
        let c01 = coverage(glyph, x0, y0 + 1), c11 = coverage(glyph, x0 + 1, y0 + 1)
        let top = c00 + (c10 - c00) * fx
        let bottom = c01 + (c11 - c01) * fx
        return (top + (bottom - top) * fy) / 15
    }

    @inline(__always) func coverage(_ glyph: Glyph, _ x: Int, _ y: Int) -> Double {
        x >= 0 && y >= 0 && x < glyph.width && y < glyph.height ? Double(glyph.coverage[y * glyph.width + x]) : 0
    }
}
