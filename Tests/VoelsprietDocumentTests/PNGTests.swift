import Foundation
import Testing
import ZIPFoundation

@testable import VoelsprietDocument

/// A PNG read back: chunks checked, pixels unfiltered.
struct DecodedPNG {
    let width: Int
    let height: Int
    let chunkTypes: [String]
    let pixels: [UInt8]

    enum Failure: Error { case signature, truncated, crc(String), header, zlib, adler, filter(Int) }

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count > 8, Array(bytes[0..<8]) == PNGEncoder.signature else { throw Failure.signature }
        var offset = 8
        var types: [String] = []
        var header: [UInt8] = []
        var idat: [UInt8] = []
        while offset + 12 <= bytes.count {
            let length = Int(Self.uint32(bytes, offset))
            guard offset + 12 + length <= bytes.count else { throw Failure.truncated }
            let typeAndData = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
            let stored = Self.uint32(bytes, offset + 8 + length)
            // Our CRC and zlib's (through ZIPFoundation) must both agree with the stored one.
            guard stored == Checksums.crc32(typeAndData), stored == Data(typeAndData).crc32(checksum: 0) else {
                throw Failure.crc(type)
            }
            types.append(type)
            if type == "IHDR" { header = Array(typeAndData.dropFirst(4)) }
            if type == "IDAT" { idat += typeAndData.dropFirst(4) }
            offset += 12 + length
        }
        guard header.count == 13, header[8] == 8, header[9] == 2 else { throw Failure.header }
        width = Int(Self.uint32(header, 0))
        height = Int(Self.uint32(header, 4))
        chunkTypes = types
        let raw = try Self.inflate(idat)
        pixels = try Self.unfilter(raw, width: width, height: height)
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// zlib header, raw deflate inflated by zlib (ZIPFoundation), Adler-32 checked.
    static func inflate(_ stream: [UInt8]) throws -> [UInt8] {
        guard stream.count > 6, stream[0] == 0x78, (Int(stream[0]) * 256 + Int(stream[1])) % 31 == 0 else {
            throw Failure.zlib
        }
        let deflate = Data(stream[2..<(stream.count - 4)])
        var out = Data()
        _ = try Data.decompress(
            size: Int64(deflate.count), bufferSize: 32 * 1024, skipCRC32: true,
            provider: { position, size in
                deflate.subdata(in: Int(position)..<min(Int(position) + size, deflate.count))
            }, consumer: { out.append($0) })
        let bytes = [UInt8](out)
        guard uint32(stream, stream.count - 4) == Checksums.adler32(bytes) else { throw Failure.adler }
        return bytes
    }

    static func unfilter(_ raw: [UInt8], width: Int, height: Int) throws -> [UInt8] {
        let stride = width * 3
        guard raw.count == (stride + 1) * height else { throw Failure.truncated }
        var out = [UInt8](repeating: 0, count: stride * height)
        for y in 0..<height {
            let filter = raw[y * (stride + 1)]
            for x in 0..<stride {
                let value = raw[y * (stride + 1) + 1 + x]
                let left = x >= 3 ? out[y * stride + x - 3] : 0
                let up = y > 0 ? out[(y - 1) * stride + x] : 0
                switch filter {
                case 0: out[y * stride + x] = value
                case 1: out[y * stride + x] = value &+ left
                case 2: out[y * stride + x] = value &+ up
                default: throw Failure.filter(Int(filter))
                }
            }
        }
        return out
    }

    func pixel(_ x: Int, _ y: Int) -> [UInt8] {
        let offset = (y * width + x) * 3
        return Array(pixels[offset..<(offset + 3)])
    }
}

@Suite struct PNGTests {
    struct Reference: Decodable {
        let crc32: UInt32
        let adler32: UInt32
        let length: Int
    }

    static func vectors() -> [String: [UInt8]] {
        [
            "empty": [], "IEND": Array("IEND".utf8), "ascii": Array("The quick brown fox jumps over the lazy dog".utf8),
            "dutch": Array("Één ervaringsdeskundige, geïnterviewd: “prima” – ja".utf8),
            "ramp": Array((0..<300).map { _ in (0...255).map { UInt8($0) } }.joined()),
            "zeros": [UInt8](repeating: 0, count: 70_000),
        ]
    }

    @Test func checksumsMatchPythonZlib() throws {
        let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("checksums.json"))
        let references = try JSONDecoder().decode([String: Reference].self, from: data)
        let vectors = Self.vectors()
        #expect(references.count == vectors.count)
        for (name, reference) in references {
            let bytes = vectors[name] ?? []
            #expect(bytes.count == reference.length, Comment(rawValue: String(describing: name)))
            #expect(Checksums.crc32(bytes) == reference.crc32, Comment(rawValue: String(describing: name)))
            #expect(Checksums.adler32(bytes) == reference.adler32, Comment(rawValue: String(describing: name)))
        }
    }

    @Test func storedAndDeflatedStreamsInflate() throws {
        let bytes = Self.vectors()["ramp"]! + Self.vectors()["zeros"]!
        for method in [ZlibStream.Method.stored, .deflate] {
            let inflated = try DecodedPNG.inflate(ZlibStream.wrap(bytes, method: method))
            #expect(inflated == bytes)
        }
        let small = try DecodedPNG.inflate(ZlibStream.wrap([], method: .stored))
        #expect(small.isEmpty)
    }

    @Test func barChartPixels() throws {
        let image = try #require(ChartPNG.render(SampleDocuments.barChart))
        let png = try DecodedPNG(image.png)
        #expect(png.chunkTypes == ["IHDR", "IDAT", "IEND"])
        #expect(png.width == 1420)
        #expect(Double(png.width) == image.width * 2 && Double(png.height) == image.height * 2)
        // First bar: x from 300 to 300 + 62.3% of 300 units, y 37–52 units; at 2×.
        let bar = png.pixel(2 * 350, 2 * 45)
        #expect(bar == [0x3B, 0x6E, 0xA8])
        #expect(png.pixel(2 * 300 + 2 * 190, 2 * 45) == [255, 255, 255])
        #expect(png.pixel(2, 2) == [255, 255, 255])
        // Some dark text in the label column of the first row.
        let dark = (2 * 150..<2 * 296).contains { x in (2 * 36..<2 * 50).contains { y in png.pixel(x, y)[0] < 100 } }
        #expect(dark)
        // The compressor does its work: far smaller than the raw pixels.
        #expect(image.png.count < png.pixels.count / 10)
    }

    @Test func divergingChartPixels() throws {
        let image = try #require(ChartPNG.render(SampleDocuments.divergingChart))
        let png = try DecodedPNG(image.png)
        #expect(png.width == 1560)
        // Row 1: 3 / 7 / 15 / 45 / 30; the neutral segment is centred on x = 510.
        #expect(png.pixel(2 * 500, 2 * 40) == [0xD4, 0xD4, 0xD4])
        #expect(png.pixel(2 * 510, 2 * 30) == [0x55, 0x55, 0x55])
        let agree = 510 + 7.5 * 2 + 10.0
        #expect(png.pixel(Int(2 * agree), 2 * 40) == [0xB2, 0xAB, 0xD2])
        #expect(ChartPNG.render(.bars(BarChart(title: "", bars: []))) == nil)
    }

    @Test func fontHasTheDutchLetters() {
        let font = BitmapFont.shared
        for scalar in "AZaz09é ë ï ö ü è á à ç ‘ ’ “ ” – … €".unicodeScalars where scalar != " " {
            #expect(font.glyphs[scalar.value] != nil, Comment(rawValue: String(describing: scalar)))
        }
        // Missing letters fall back to their base letter, then to "?".
        #expect(font.drawn("ş").map(\.advance) == [font.glyphs[0x73]?.advance])
        #expect(font.drawn("ĳ").count == 2)
        let unknown: Unicode.Scalar = "\u{4E2D}"
        #expect(font.drawn(unknown).map(\.advance) == [font.glyphs[0x3F]?.advance])
    }

    @Test func labelsAreWrappedAndTruncated() {
        let text = String(repeating: "ervaringsdeskundigheid ", count: 12)
        let lines = TextFit.wrap(text, width: 400, size: 24, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        for line in lines { #expect(BitmapFont.shared.width(line, size: 24) <= 400) }
        let word = TextFit.wrap(String(repeating: "x", count: 200), width: 100, size: 24, maxLines: 3)
        #expect(word.count == 1 && word[0].hasSuffix("…"))
        #expect(TextFit.wrap("", width: 100, size: 24, maxLines: 2) == [""])
    }
}
