import Foundation

/// PNG files (8-bit RGB, no interlace) from an `RGBBitmap`: signature, IHDR, one IDAT, IEND.
/// Each row gets the filter (None, Sub or Up) with the smallest sum of absolute differences.
enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func encode(_ bitmap: RGBBitmap, method: ZlibStream.Method = .deflate) -> Data {
        var header: [UInt8] = []
        header += bigEndian(UInt32(bitmap.width))
        header += bigEndian(UInt32(bitmap.height))
        header += [8, 2, 0, 0, 0]  // depth 8, colour type RGB, deflate, adaptive filters, no interlace
        var out = signature
        out += chunk("IHDR", header)
        out += chunk("IDAT", ZlibStream.wrap(filtered(bitmap), method: method))
        out += chunk("IEND", [])
        return Data(out)
    }

    static func filtered(_ bitmap: RGBBitmap) -> [UInt8] {
        let stride = bitmap.width * 3
        var out = [UInt8](repeating: 0, count: (stride + 1) * bitmap.height)
        var sub = [UInt8](repeating: 0, count: stride)
        var up = [UInt8](repeating: 0, count: stride)
        bitmap.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<bitmap.height {
                let base = y * stride
                var costs = (none: 0, sub: 0, up: 0)
                for x in 0..<stride {
                    let value = pixels[base + x]
                    let left = x >= 3 ? pixels[base + x - 3] : 0
                    let above = y > 0 ? pixels[base - stride + x] : 0
                    sub[x] = value &- left
                    up[x] = value &- above
                    costs.none += magnitude(value)
                    costs.sub += magnitude(sub[x])
                    costs.up += magnitude(up[x])
                }
                let target = y * (stride + 1)
                if costs.sub <= costs.up, costs.sub < costs.none {
                    out[target] = 1
                    out.replaceSubrange((target + 1)...(target + stride), with: sub)
                } else if costs.up < costs.none {
                    out[target] = 2
                    out.replaceSubrange((target + 1)...(target + stride), with: up)
                } else {
                    out.replaceSubrange((target + 1)...(target + stride), with: pixels[base..<(base + stride)])
                }
            }
        }
        return out
    }

    /// The usual heuristic: a filtered byte read as signed, by magnitude.
    @inline(__always) static func magnitude(_ byte: UInt8) -> Int { byte < 128 ? Int(byte) : 256 - Int(byte) }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(Checksums.crc32(typeBytes + data))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
