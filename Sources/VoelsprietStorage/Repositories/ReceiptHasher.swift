import Foundation
import Crypto
import VoelsprietDomain

/// Receipt codes are stored only as hashes: a leaked database cannot be used to withdraw.
public enum ReceiptHasher {
    /// Hex SHA-256 of the code's sixteen characters.
    public static func hash(_ code: ReceiptCode) -> String {
        sha256Hex(code.characters)
    }

    /// Hex SHA-256 of a text's UTF-8 bytes (receipts, session ids: whatever is kept only as a hash).
    public static func sha256Hex(_ text: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(text.utf8)) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
