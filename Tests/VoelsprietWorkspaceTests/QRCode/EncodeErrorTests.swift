import Testing
@testable import VoelsprietWorkspace

@Suite("Capacity limits")
struct EncodeErrorTests {
    @Test("the largest version-40 payload still encodes")
    func maximumFits() throws {
        let symbol = try QRCode.encode(String(repeating: "a", count: 2953), errorCorrection: .low)
        #expect(symbol.version == 40)
        #expect(symbol.size == 177)
    }

    @Test("one byte more than version 40 holds throws tooLong", arguments: [
        (QRCode.ErrorCorrection.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273),
    ])
    func tooLong(level: QRCode.ErrorCorrection, max: Int) {
        #expect(throws: QRCode.Failure.tooLong(bytes: max + 1, max: max)) {
            try QRCode.encode(String(repeating: "b", count: max + 1), errorCorrection: level)
        }
    }

    @Test("the limit counts UTF-8 bytes, not characters")
    func utf8Bytes() throws {
        // 1000 × "中" = 3000 bytes > 2953.
        #expect(throws: QRCode.Failure.tooLong(bytes: 3000, max: 2953)) {
            try QRCode.encode(String(repeating: "中", count: 1000), errorCorrection: .low)
        }
        // 777 × "中" = 2331 bytes = the 40-M maximum.
        #expect(try QRCode.encode(String(repeating: "中", count: 777), errorCorrection: .medium).version == 40)
    }

    @Test("a forced version that is too small reports its own capacity")
    func forcedVersionTooSmall() {
        #expect(throws: QRCode.Failure.tooLong(bytes: 18, max: 17)) {
            try QRCode.encode(String(repeating: "x", count: 18), errorCorrection: .low, version: 1, mask: nil)
        }
    }

    @Test("the error describes itself")
    func description() {
        let text = QRCode.Failure.tooLong(bytes: 3000, max: 2953).description
        #expect(text.contains("3000") && text.contains("2953"))
    }
}
