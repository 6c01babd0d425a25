import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VoelsprietTestTraits
@testable import VoelsprietWorkspace

/// Collects what the tests need from a parsed SVG document.
final class SVGProbe: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var titleScalars: [Unicode.Scalar]?
    private var inTitle = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == "title" { inTitle = true; titleScalars = [] }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { inTitle = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { titleScalars?.append(contentsOf: string.unicodeScalars) }
    }

    /// Parses `svg`; nil if it is not well-formed XML.
    static func parse(_ svg: String) -> SVGProbe? {
        let probe = SVGProbe()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = probe
        return parser.parse() ? probe : nil
    }

    func attributes(of name: String) -> [String: String]? { elements.first { $0.name == name }?.attributes }
}

/// Turns our path data back into the set of dark modules (in view box units).
/// Returns nil if the data contains anything but `M x y h w v 1 h -w z` rectangles.
func modules(fromPath d: String) -> Set<[Int]>? {
    var result = Set<[Int]>()
    var consumed = 0
    for match in d.matches(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/) {
        guard match.range.lowerBound == d.index(d.startIndex, offsetBy: consumed) else { return nil }
        consumed += d[match.range].count
        let (x, y, w, back) = (Int(match.1)!, Int(match.2)!, Int(match.3)!, Int(match.4)!)
        guard w == back, w > 0 else { return nil }
        for column in x..<(x + w) { result.insert([column, y]) }
    }
    return consumed == d.count ? result : nil
}

@Suite("SVG rendering")
struct SVGTests {
    @Test("document structure: namespace, viewBox with quiet zone, pixel size, background, one path")
    func structure() throws {
        let symbol = try QRCode.encode("hello", errorCorrection: .low)   // version 1, 21 modules
        let probe = try #require(SVGProbe.parse(symbol.svg()))
        let root = try #require(probe.attributes(of: "svg"))
        #expect(probe.elements.first?.name == "svg")
        #expect(root["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root["viewBox"] == "0 0 29 29")
        #expect(root["width"] == "116" && root["height"] == "116")
        #expect(root["role"] == "img")
        #expect(root["shape-rendering"] == "crispEdges")
        let rect = try #require(probe.attributes(of: "rect"))
        #expect(rect["width"] == "29" && rect["height"] == "29" && rect["fill"] == "#fff")
        #expect(probe.elements.filter { $0.name == "path" }.count == 1)
        #expect(probe.attributes(of: "title") == nil)
        #expect(!symbol.svg().contains("<title"))

        let custom = try #require(SVGProbe.parse(symbol.svg(moduleSize: 10, quietZone: 2))?.attributes(of: "svg"))
        #expect(custom["viewBox"] == "0 0 25 25")
        #expect(custom["width"] == "250" && custom["height"] == "250")
    }

    @Test("the path reproduces isDark exactly, shifted by the quiet zone", arguments: [0, 1, 4])
    func pathMatchesModules(quietZone: Int) throws {
        let symbol = try QRCode.encode(
            "otpauth://totp/Voelspriet:anna?secret=JBSWY3DPEHPK3PXP&issuer=Voelspriet", errorCorrection: .medium)
        let probe = try #require(SVGProbe.parse(symbol.svg(quietZone: quietZone)))
        let d = try #require(probe.attributes(of: "path")?["d"])
        let drawn = try #require(modules(fromPath: d))
        var expected = Set<[Int]>()
        for y in 0..<symbol.size {
            for x in 0..<symbol.size where symbol.isDark(x: x, y: y) { expected.insert([x + quietZone, y + quietZone]) }
        }
        #expect(drawn.symmetricDifference(expected).isEmpty)
        #expect(drawn.count == expected.count)
        // Runs are merged: no two rectangles in a row touch each other.
        #expect(d.components(separatedBy: "M").count - 1 < expected.count)
    }

    @Test("title: markup characters are escaped and the text survives parsing")
    func titleEscaping() throws {
        let title = "Voelspriet & <Anna> \"quoted\" 'single' — é ü 中 🔐"
        let svg = try QRCode.encode("x").svg(title: title)
        #expect(svg.contains("<title>Voelspriet &amp; &lt;Anna&gt; &quot;quoted&quot; &apos;single&apos; — é ü 中 🔐</title>"))
        let probe = try #require(SVGProbe.parse(svg))
        #expect(probe.titleScalars == Array(title.unicodeScalars))
    }

    @Test("title: escaping works on scalars inside combined Characters")
    func scalarLevelEscaping() throws {
        // Each of these is one Character that merely starts with a markup
        // character; "<\u{338}" is even canonically equal to "≮".
        let title = "\"\u{301}&\u{20DD}<\u{338}'\u{308}>\u{20D2}"
        #expect(title.count == 5)
        let escaped = QRCode.xmlEscaped(title)
        #expect(Array(escaped.unicodeScalars) == Array("&quot;\u{301}&amp;\u{20DD}&lt;\u{338}&apos;\u{308}&gt;\u{20D2}".unicodeScalars))
        let probe = try #require(SVGProbe.parse(try QRCode.encode("x").svg(title: title)))
        #expect(probe.titleScalars == Array(title.unicodeScalars))
    }

    @Test("title: control characters and non-characters keep the document well-formed")
    func controlCharacters() throws {
        let title = "a\u{0}b\u{1B}c\td\ne\rf\u{7F}g\u{85}h\u{FFFF}i\u{FFFE}j"
        let svg = try QRCode.encode("x").svg(title: title)
        let probe = try #require(SVGProbe.parse(svg))
        let expected = "a\u{FFFD}b\u{FFFD}c\td\ne\rf\u{7F}g\u{85}h\u{FFFD}i\u{FFFD}j"
        #expect(probe.titleScalars == Array(expected.unicodeScalars))
        #expect(svg.contains("&#xD;") && svg.contains("&#x7F;") && svg.contains("&#x85;"))
    }

    @Test("every reference case renders to well-formed SVG matching its matrix (dumped for zbar if QR_SVG_DUMP_DIR is set)", .ownThread)
    func referenceCasesRender() throws {
        let dumpDirectory = ProcessInfo.processInfo.environment["QR_SVG_DUMP_DIR"].map { URL(fileURLWithPath: $0) }
        if let dumpDirectory {
            try FileManager.default.createDirectory(at: dumpDirectory, withIntermediateDirectories: true)
        }
        var manifest: [[String: Any]] = []
        for fixture in Fixtures.reference {
            let symbol = try QRCode.encode(fixture.text, errorCorrection: fixture.errorCorrection)
            let svg = symbol.svg(title: fixture.text)
            let probe = try #require(SVGProbe.parse(svg), "\(fixture.name) is not well-formed")
            #expect(probe.titleScalars == Array(fixture.text.unicodeScalars))
            let d = try #require(probe.attributes(of: "path")?["d"])
            let drawn = try #require(modules(fromPath: d))
            let fromFixture = Set(fixture.matrix.enumerated().flatMap { y, row in
                row.enumerated().compactMap { x, bit in bit == "1" ? [x + 4, y + 4] : nil }
            })
            #expect(symbol.mask == fixture.mask, "\(fixture.name)")
            let mismatched = drawn.symmetricDifference(fromFixture).count
            #expect(mismatched == 0, "\(fixture.name): \(mismatched) modules differ from segno")
            if let dumpDirectory {
                let file = "\(fixture.name).svg"
                try svg.write(to: dumpDirectory.appendingPathComponent(file), atomically: true, encoding: .utf8)
                manifest.append(["file": file, "text": fixture.text, "version": symbol.version, "level": fixture.level])
            }
        }
        // A few large symbols from the sweep as well (alignment grids, version information).
        for fixture in Fixtures.sweep where ["v27-Q", "v32-M", "v40-L"].contains(fixture.description) {
            let symbol = try QRCode.encode(fixture.text, errorCorrection: fixture.errorCorrection)
            let svg = symbol.svg()
            let probe = try #require(SVGProbe.parse(svg), "\(fixture) is not well-formed")
            let d = try #require(probe.attributes(of: "path")?["d"])
            let drawn = try #require(modules(fromPath: d))
            let fromFixture = Set(fixture.bitRows.enumerated().flatMap { y, row in
                row.enumerated().compactMap { x, bit in bit == "1" ? [x + 4, y + 4] : nil }
            })
            #expect(drawn.symmetricDifference(fromFixture).isEmpty, "\(fixture)")
            if let dumpDirectory {
                let file = "sweep-\(fixture).svg"
                try svg.write(to: dumpDirectory.appendingPathComponent(file), atomically: true, encoding: .utf8)
                manifest.append(["file": file, "text": fixture.text, "version": symbol.version, "level": fixture.level])
            }
        }
        if let dumpDirectory {
            let data = try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted])
            try data.write(to: dumpDirectory.appendingPathComponent("manifest.json"))
        }
    }
}
