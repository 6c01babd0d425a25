import Foundation
import ZIPFoundation

/// A zlib stream (RFC 1950) around deflate data: compressed by ZIPFoundation's deflate, or, if
/// that fails, stored blocks (RFC 1951, BTYPE 00).
enum ZlibStream {
    enum Method: Sendable { case deflate, stored }

    static func wrap(_ bytes: [UInt8], method: Method = .deflate) -> [UInt8] {
        var out: [UInt8] = [0x78, method == .deflate ? 0x9C : 0x01]
        let body = method == .deflate ? (deflated(bytes) ?? stored(bytes)) : stored(bytes)
        out += body
        let adler = Checksums.adler32(bytes)
        out += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return out
    }

    static func deflated(_ bytes: [UInt8]) -> [UInt8]? {
        let data = Data(bytes)
        var out = Data()
        do {
            _ = try Data.compress(
                size: Int64(data.count), bufferSize: 64 * 1024,
                provider: { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }, consumer: { out.append($0) })
        } catch {
            return nil
        }
        return out.isEmpty ? nil : [UInt8](out)
    }

    static func stored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        repeat {
            let end = min(bytes.count, index + 65_535)
            let length = UInt16(end - index)
            out.append(end == bytes.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += bytes[index..<end]
            index = end
        } while index < bytes.count
        return out
    }
}
