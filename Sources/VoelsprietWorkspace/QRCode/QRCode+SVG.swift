extension QRCode {
    /// A standalone SVG document showing the symbol.
    ///
    /// The `viewBox` is in module units, `size + 2 · quietZone` on each side;
    /// `width`/`height` scale it by `moduleSize` pixels. A white `<rect>`
    /// covers the whole view box (so the quiet zone is light even on a dark
    /// page) and a single black `<path>` draws the dark modules, one
    /// rectangle per horizontal run (`M x y h w v 1 h -w z`).
    /// `shape-rendering="crispEdges"` keeps module edges sharp.
    ///
    /// - Parameters:
    ///   - moduleSize: Pixels per module in `width`/`height` (values below 1 count as 1).
    ///   - quietZone: Light margin in modules (ISO/IEC 18004 requires 4; negative counts as 0).
    ///   - title: Accessible name, emitted as `<title>`; XML-escaped.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String? = nil) -> String {
        let scale = max(1, moduleSize)
        let margin = max(0, quietZone)
        let side = size + 2 * margin
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""
        svg += " width=\"\(side * scale)\" height=\"\(side * scale)\" role=\"img\" shape-rendering=\"crispEdges\">"
        if let title {
            svg += "<title>\(Self.xmlEscaped(title))</title>"
        }
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(pathData(offset: margin))\"/>"
        svg += "</svg>"
        return svg
    }

    /// Path data with one closed rectangle per horizontal run of dark modules.
    func pathData(offset: Int) -> String {
        var parts: [String] = []
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                let width = x - start
                parts.append("M\(start + offset) \(y + offset)h\(width)v1h-\(width)z")
            }
        }
        return parts.joined()
    }

    /// Escapes text for XML character data and attribute values, one Unicode
    /// scalar at a time (a `Character` may combine a markup character with
    /// combining marks, so per-`Character` comparison would miss it).
    ///
    /// - `& < > " '` become entity references.
    /// - Tab and line feed stay; carriage return becomes `&#xD;` so that XML
    ///   end-of-line normalisation does not drop it.
    /// - Other C0 controls, U+FFFE and U+FFFF are not allowed in XML 1.0 at
    ///   all (not even as references) and become U+FFFD REPLACEMENT CHARACTER.
    /// - DEL and the C1 controls (U+007F–U+009F) are allowed but invisible;
    ///   they are written as numeric references.
    /// - Everything else is written literally (the document is UTF-8).
    static func xmlEscaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        func append(_ string: String) { result.append(contentsOf: string.unicodeScalars) }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: append("&amp;")
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x22: append("&quot;")
            case 0x27: append("&apos;")
            case 0x09, 0x0A: result.append(scalar)
            case 0x0D: append("&#xD;")
            case 0x00...0x1F, 0xFFFE, 0xFFFF: result.append("\u{FFFD}")
            case 0x7F...0x9F: append("&#x\(String(scalar.value, radix: 16, uppercase: true));")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
