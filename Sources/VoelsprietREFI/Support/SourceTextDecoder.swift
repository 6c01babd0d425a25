// Decodes a source's .txt. REFI-QDA 1.5 §9.1.2 requires UTF-8; real exports add a byte-order
// mark (NVivo) and CRLF line ends. Anything else must be recognisable, or the import names the
// file: a text in a legacy 8-bit encoding decoded by guesswork would shift every position.
import Foundation

enum SourceTextDecoder {
    /// The text without its byte-order mark (the BOM is an encoding signature, not content:
    /// Unicode §23.8; NVivo's positions do not count it), or the reason it cannot be read.
    /// Recognised: UTF-8 with or without BOM; UTF-16 LE/BE with BOM.
    static func decode(_ data: Data) -> Result<String, DecodeFailure> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        return utf8(bytes[...])
    }

    struct DecodeFailure: Error {
        let reason: String
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) -> Result<String, DecodeFailure> {
        if bytes.contains(0) {
            return .failure(DecodeFailure(reason: "contains NUL bytes: UTF-16 without a byte-order mark? Save it as UTF-8"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            return .failure(DecodeFailure(
                reason: "not UTF-8 (invalid byte at offset \(offset)) and no UTF-16 byte-order mark; the encoding is unknown, save it as UTF-8"))
        }
        return .success(text)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<String, DecodeFailure> {
        guard bytes.count % 2 == 0 else {
            return .failure(DecodeFailure(reason: "UTF-16 (by its byte-order mark) but an odd number of bytes"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            return .failure(DecodeFailure(reason: "UTF-16 (by its byte-order mark) with an unpaired surrogate"))
        }
        return .success(text)
    }

    /// Offset of the first byte where UTF-8 decoding fails (for the message).
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): consumed += UTF8.width(s)
            case .emptyInput: return consumed
            case .error: return consumed
            }
        }
    }
}
