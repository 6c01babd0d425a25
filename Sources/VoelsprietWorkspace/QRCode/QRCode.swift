/// A QR Code symbol (ISO/IEC 18004:2015, "QR Code" model 2, versions 1–40).
///
/// The encoder is deliberately small: it encodes the UTF-8 bytes of a string
/// in a single *byte mode* segment (mode indicator `0100`), which is what
/// authenticator apps expect for `otpauth://` URIs. No ECI header is written;
/// readers treat such byte data as UTF-8 or Latin-1, and URIs are ASCII.
///
/// The pipeline follows the steps of ISO/IEC 18004:2015 §7.1:
///
/// 1. **Data encoding** (§7.4): mode indicator, character count indicator
///    (8 bits for versions 1–9, 16 bits for 10–40), the data bytes, up to four
///    terminator zero bits, zero bits up to the next byte boundary and then
///    the alternating pad codewords `0xEC 0x11` until the data capacity of the
///    symbol is reached.
/// 2. **Error correction** (§7.5): the data codewords are split into blocks
///    (see ``QRCode/Tables``) and each block gets Reed–Solomon check
///    codewords (see ``QRCode/ReedSolomon``).
/// 3. **Interleaving** (§7.6): codeword *i* of every block, block by block,
///    first for the data codewords and then for the check codewords.
/// 4. **Module placement** (§7.7): function patterns first, then the
///    codeword bits in two-module-wide columns zig-zagging up and down from
///    the bottom-right corner; leftover "remainder bits" stay light (0).
/// 5. **Masking** (§7.8): all eight mask patterns are applied in turn and the
///    one with the lowest penalty score is kept (see `QRCode+Masking.swift`).
/// 6. **Format and version information** (§7.9, §7.10) are written last.
public struct QRCode: Sendable {
    /// The four error correction levels of ISO/IEC 18004 §5.3.8.
    ///
    /// They allow roughly 7 %, 15 %, 25 % and 30 % of the codewords to be
    /// restored. `.medium` is the usual choice for on-screen codes.
    public enum ErrorCorrection: Sendable, CaseIterable {
        case low, medium, quartile, high
    }

    /// Reasons why ``QRCode/encode(_:errorCorrection:)`` can fail.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The UTF-8 encoding of the text has `bytes` bytes, but at the
        /// requested error correction level a symbol holds at most `max`.
        case tooLong(bytes: Int, max: Int)

        public var description: String {
            switch self {
            case let .tooLong(bytes, max):
                return "QR code data too long: \(bytes) bytes, at most \(max) bytes fit at this error correction level"
            }
        }
    }

    /// Number of modules per side (21 for version 1, +4 per version, 177 for version 40).
    public let size: Int
    /// The symbol version, 1...40.
    public let version: Int
    /// The data mask pattern reference (0...7) written into the format information.
    public let mask: Int
    /// The error correction level the symbol was built with.
    let errorCorrection: ErrorCorrection
    /// Row-major module colours, `true` = dark, `size * size` entries.
    let modules: [Bool]

    init(version: Int, errorCorrection: ErrorCorrection, mask: Int, modules: [Bool]) {
        self.version = version
        self.size = Tables.size(ofVersion: version)
        self.errorCorrection = errorCorrection
        self.mask = mask
        self.modules = modules
        assert(modules.count == size * size)
    }

    /// Whether the module in row `y`, column `x` (both 0-based, without quiet zone) is dark.
    ///
    /// Coordinates outside `0..<size` are reported as light, which is what the
    /// surrounding quiet zone is.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// Encodes `text` (as UTF-8, byte mode) into the smallest version 1–40 that
    /// holds it at the given error correction level, with the best mask.
    ///
    /// - Throws: ``Failure/tooLong(bytes:max:)`` if even version 40 is too small.
    public static func encode(_ text: String, errorCorrection: ErrorCorrection = .medium) throws -> QRCode {
        try encode(text, errorCorrection: errorCorrection, version: nil, mask: nil)
    }

    /// Encoding with an optionally forced version and/or mask (used by the tests to
    /// compare against a reference encoder module by module).
    ///
    /// - Parameters:
    ///   - version: `nil` for the smallest fitting version, otherwise 1...40.
    ///   - mask: `nil` for the lowest-penalty mask, otherwise 0...7.
    /// - Throws: ``Failure/tooLong(bytes:max:)`` if the data does not fit the
    ///   forced version (or version 40 when none is forced).
    static func encode(
        _ text: String,
        errorCorrection level: ErrorCorrection,
        version forcedVersion: Int?,
        mask forcedMask: Int?
    ) throws -> QRCode {
        let bytes = Array(text.utf8)
        let version: Int
        if let forcedVersion {
            precondition((1...40).contains(forcedVersion), "QR version must be 1...40")
            let capacity = Tables.byteCapacity(version: forcedVersion, level: level)
            guard bytes.count <= capacity else {
                throw Failure.tooLong(bytes: bytes.count, max: capacity)
            }
            version = forcedVersion
        } else {
            guard let smallest = (1...40).first(where: {
                Tables.byteCapacity(version: $0, level: level) >= bytes.count
            }) else {
                throw Failure.tooLong(bytes: bytes.count, max: Tables.byteCapacity(version: 40, level: level))
            }
            version = smallest
        }
        if let forcedMask {
            precondition((0...7).contains(forcedMask), "QR mask must be 0...7")
        }

        let data = dataCodewords(for: bytes, version: version, level: level)
        let codewords = finalMessage(data: data, version: version, level: level)

        var grid = Grid(version: version)
        grid.placeCodewords(codewords)
        let (mask, masked) = grid.applyingBestMask(forced: forcedMask)
        var symbol = masked
        symbol.drawFormatInformation(level: level, mask: mask)
        symbol.drawVersionInformation()
        return QRCode(version: version, errorCorrection: level, mask: mask, modules: symbol.dark)
    }

    // MARK: - Data encoding (ISO/IEC 18004:2015 §7.4)

    /// Builds the data codeword sequence: byte-mode segment, terminator,
    /// bit padding and pad codewords, exactly `Tables.dataCodewords` long.
    static func dataCodewords(for bytes: [UInt8], version: Int, level: ErrorCorrection) -> [UInt8] {
        let capacityBits = Tables.dataCodewords(version: version, level: level) * 8
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)                                   // byte mode indicator
        bits.append(bytes.count, count: Tables.byteModeCountBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        precondition(bits.count <= capacityBits, "data does not fit the chosen version")
        bits.append(0, count: min(4, capacityBits - bits.count))        // terminator (§7.4.9)
        bits.append(0, count: (8 - bits.count % 8) % 8)                 // to a byte boundary (§7.4.10)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC                                           // 11101100, then 00010001
        while codewords.count < capacityBits / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data codewords into the error correction blocks of the
    /// version/level, appends Reed–Solomon check codewords to each and
    /// interleaves them (ISO/IEC 18004:2015 §7.5.2, §7.6).
    ///
    /// Group 1 blocks come first and have ⌊data / blocks⌋ data codewords;
    /// the remaining `data mod blocks` blocks (group 2) have one more.
    /// Every block has the same number of check codewords.
    static func finalMessage(data: [UInt8], version: Int, level: ErrorCorrection) -> [UInt8] {
        let layout = Tables.blockLayout(version: version, level: level)
        let generator = ReedSolomon.generator(degree: layout.eccPerBlock)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var eccBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<layout.blockCount {
            let length = layout.shortBlockDataLength + (index < layout.shortBlockCount ? 0 : 1)
            let block = data[start..<start + length]
            start += length
            dataBlocks.append(block)
            eccBlocks.append(ReedSolomon.remainder(of: block, generator: generator))
        }
        assert(start == data.count)

        var result: [UInt8] = []
        result.reserveCapacity(Tables.totalCodewords(version: version))
        for i in 0...layout.shortBlockDataLength {
            for block in dataBlocks where i < block.count {
                result.append(block[block.startIndex + i])
            }
        }
        for i in 0..<layout.eccPerBlock {
            for block in eccBlocks { result.append(block[i]) }
        }
        assert(result.count == Tables.totalCodewords(version: version))
        return result
    }
}

extension QRCode {
    /// A most-significant-bit-first bit accumulator.
    struct BitBuffer {
        private(set) var bytes: [UInt8] = []
        private(set) var count = 0

        /// Appends the lowest `count` bits of `value`, most significant first.
        mutating func append(_ value: Int, count bitCount: Int) {
            precondition(bitCount >= 0 && (bitCount == 0 || value >> bitCount == 0), "value does not fit in bit count")
            for shift in stride(from: bitCount - 1, through: 0, by: -1) {
                if count % 8 == 0 { bytes.append(0) }
                if (value >> shift) & 1 == 1 {
                    bytes[bytes.count - 1] |= UInt8(0x80 >> (count % 8))
                }
                count += 1
            }
        }
    }
}
