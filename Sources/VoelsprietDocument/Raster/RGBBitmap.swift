/// An RGB image, 8 bits per channel, white to start with, row by row from the top.
struct RGBBitmap: Sendable {
    let width: Int
    let height: Int
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
        pixels = [UInt8](repeating: 255, count: self.width * self.height * 3)
    }

    func pixel(x: Int, y: Int) -> RGBColor? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let offset = (y * width + x) * 3
        return RGBColor(red: pixels[offset], green: pixels[offset + 1], blue: pixels[offset + 2])
    }

    /// Fills the pixels whose centres lie in the rectangle (coordinates in pixels); clipped.
    mutating func fill(x: Double, y: Double, width w: Double, height h: Double, colour: RGBColor) {
        let x0 = max(0, Int((x).rounded())), x1 = min(width, Int((x + w).rounded()))
        let y0 = max(0, Int((y).rounded())), y1 = min(height, Int((y + h).rounded()))
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for column in x0..<x1 { set(x: column, y: row, colour) }
        }
    }

    /// Mixes `colour` into a pixel with coverage `alpha` (0–1); outside the image nothing.
    mutating func blend(x: Int, y: Int, _ colour: RGBColor, alpha: Double) {
        guard x >= 0, y >= 0, x < width, y < height, alpha > 0 else { return }
        let a = min(1, alpha)
        let offset = (y * width + x) * 3
        pixels[offset] = Self.mix(pixels[offset], colour.red, a)
        pixels[offset + 1] = Self.mix(pixels[offset + 1], colour.green, a)
        pixels[offset + 2] = Self.mix(pixels[offset + 2], colour.blue, a)
    }

    @inline(__always) static func mix(_ old: UInt8, _ new: UInt8, _ alpha: Double) -> UInt8 {
        UInt8((Double(old) + (Double(new) - Double(old)) * alpha).rounded())
    }

    mutating func set(x: Int, y: Int, _ colour: RGBColor) {
        let offset = (y * width + x) * 3
        pixels[offset] = colour.red
        pixels[offset + 1] = colour.green
        pixels[offset + 2] = colour.blue
    }
}

struct RGBColor: Sendable, Equatable {
    let red, green, blue: UInt8

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// "#3b6ea8" or "#fff"; black for anything else.
    init(hex: String) {
        var digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        let value = digits.count == 6 ? UInt32(digits, radix: 16) ?? 0 : 0
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }
}
