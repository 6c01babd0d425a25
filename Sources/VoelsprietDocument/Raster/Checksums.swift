/// The checksums PNG needs: CRC-32 (ISO 3309, as in zip and PNG chunks) and Adler-32 (zlib).
enum Checksums {
    static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32<S: Sequence>(_ bytes: S, start: UInt32 = 0) -> UInt32 where S.Element == UInt8 {
        var crc = ~start
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        var index = 0
        // 5552 is the largest run for which the sums cannot overflow before the modulo.
        while index < bytes.count {
            let end = min(bytes.count, index + 5552)
            for byte in bytes[index..<end] {
                a += UInt32(byte)
                b += a
            }
            a %= 65521
            b %= 65521
            index = end
        }
        return b << 16 | a
    }
}
