import Testing
@testable import VoelsprietWorkspace

/// Comparison against segno (see make_qr_fixtures.py), module by module.
///
/// Note: the fixtures come from segno 1.6.6 with its `write_padding_bits`
/// replaced by an ISO/IEC 18004 §7.4.10 conformant version. Unpatched, segno
/// inserts an extra 0x00 codeword before the 0xEC/0x11 pad codewords whenever
/// the bit stream is already byte-aligned (always, in byte mode with a full
/// terminator; open upstream issues heuer/segno#123 and #148). That changes the
/// data of every symbol that has pad codewords (14 of the 15 named cases; the
/// sweep fills every symbol to capacity and is unaffected) and hence also the
/// penalty scores. Both variants decode to the same text.
@Suite("Reference symbols from segno")
struct ReferenceTests {
    @Test("named cases: version, forced-mask matrix, own mask choice", arguments: Fixtures.reference)
    func namedCase(_ fixture: Fixtures.ReferenceCase) throws {
        let level = fixture.errorCorrection
        let ours = try QRCode.encode(fixture.text, errorCorrection: level)
        #expect(ours.version == fixture.version)
        #expect(ours.size == 17 + 4 * fixture.version)

        let forced = try QRCode.encode(fixture.text, errorCorrection: level, version: nil, mask: fixture.mask)
        #expect(forced.mask == fixture.mask)
        let forcedDiff = matrixDifference(forced.bitRows, fixture.matrix)
        #expect(forcedDiff.isEmpty, "with segno's mask \(fixture.mask): \(forcedDiff)")

        // Both encoders evaluate the eight masks with the ISO/IEC 18004 penalty
        // rules before format/version information is added, so they should
        // agree on the mask; when they do, the symbols must be identical.
        #expect(ours.mask == fixture.mask, "own penalty chose mask \(ours.mask), segno chose \(fixture.mask)")
        if ours.mask == fixture.mask {
            let diff = matrixDifference(ours.bitRows, fixture.matrix)
            #expect(diff.isEmpty, "own mask choice: \(diff)")
        }
    }

    @Test("every version 1–40 × every level, filled to capacity", arguments: Fixtures.sweep)
    func sweepCase(_ fixture: Fixtures.SweepCase) throws {
        let level = fixture.errorCorrection
        #expect(QRCode.Tables.byteCapacity(version: fixture.version, level: level) == fixture.capacity)
        #expect(fixture.text.utf8.count == fixture.capacity)

        let ours = try QRCode.encode(fixture.text, errorCorrection: level)
        #expect(ours.version == fixture.version)
        #expect(ours.mask == fixture.mask, "own penalty chose mask \(ours.mask), segno chose \(fixture.mask)")
        let reference = fixture.bitRows
        let diff = matrixDifference(ours.bitRows, reference)
        #expect(diff.isEmpty, "own mask \(ours.mask): \(diff)")
        if ours.mask != fixture.mask {
            let forced = try QRCode.encode(fixture.text, errorCorrection: level, version: fixture.version, mask: fixture.mask)
            let forcedDiff = matrixDifference(forced.bitRows, reference)
            #expect(forcedDiff.isEmpty, "with segno's mask \(fixture.mask): \(forcedDiff)")
        }

        // One byte more no longer fits this version.
        if fixture.version < 40 {
            let bigger = try QRCode.encode(fixture.text + "x", errorCorrection: level)
            #expect(bigger.version == fixture.version + 1)
        } else {
            #expect(throws: QRCode.Failure.tooLong(bytes: fixture.capacity + 1, max: fixture.capacity)) {
                try QRCode.encode(fixture.text + "x", errorCorrection: level)
            }
        }
    }

    @Test("a forced mask other than segno's changes only the encoding region and format bits")
    func otherMaskDiffers() throws {
        let fixture = try #require(Fixtures.reference.first { $0.name == "otpauth-M" })
        let other = (fixture.mask + 1) % 8
        let symbol = try QRCode.encode(fixture.text, errorCorrection: .medium, version: nil, mask: other)
        #expect(symbol.mask == other)
        #expect(!matrixDifference(symbol.bitRows, fixture.matrix).isEmpty)
        // The finder pattern in the top-left corner is unaffected by masking.
        #expect(symbol.bitRows[0].prefix(8) == fixture.matrix[0].prefix(8))
        #expect(symbol.bitRows[0].prefix(7) == "1111111")
    }
}
