import Foundation
import Crypto
import VoelsprietDomain

/// Receipt codes are stored only as hashes: a leaked database cannot be used to withdraw.
public enum ReceiptHasher {
    /// Hex SHA-256 of the code's sixteen characters.
    public static func hash(_ code: ReceiptCode) -> String {
        SHA256.hash(data: Array(code.characters.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
