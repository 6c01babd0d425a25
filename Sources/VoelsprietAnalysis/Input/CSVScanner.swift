#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A strict, allocation-free CSV scanner over bytes (RFC 4180 with `\n`, `\r\n` or `\r` line
/// ends, quoted cells with doubled quotes, any one-byte delimiter).
///
/// It hands out each row's cells as byte ranges; the caller decides which cells ever become
/// strings. Blank lines are skipped. Errors name the 1-based line where the row starts.
public struct CSVScanner {
    let bytes: UnsafeRawBufferPointer
    public let delimiter: UInt8
    private var position: Int
    /// 1-based line number where the next row starts.
    public private(set) var line = 1

    /// A scanner over `bytes`, skipping a UTF-8 byte order mark.
    public init(bytes: UnsafeRawBufferPointer, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Scans the next non-blank row into `cells` (cleared first). Returns the 1-based line the
    /// row started on, or nil at the end of input.
    public mutating func nextRow(into cells: inout [CSVCell]) throws(CSVError) -> Int? {
        cells.removeAll(keepingCapacity: true)
        let count = bytes.count
        // Skip blank lines.
        while position < count, bytes[position] == 0x0A || bytes[position] == 0x0D {
            if bytes[position] == 0x0A || (bytes[position] == 0x0D && (position + 1 >= count || bytes[position + 1] != 0x0A)) {
                line += 1
            }
            position += 1
        }
        if position >= count { return nil }
        let rowLine = line
        let delimiter = self.delimiter
        while true {
            if position < count, bytes[position] == 0x22 {
                // Quoted cell.
                let start = position + 1
                var index = start
                var escaped = false
                while true {
                    guard index < count else { throw .unterminatedQuote(line: rowLine, column: cells.count + 1) }
                    let byte = bytes[index]
                    if byte == 0x22 {
                        if index + 1 < count, bytes[index + 1] == 0x22 {
                            escaped = true
                            index += 2
                            continue
                        }
                        break
                    }
                    if byte == 0x0A { line += 1 }
                    index += 1
                }
                cells.append(CSVCell(start: start, end: index, hasEscapedQuotes: escaped))
                position = index + 1
                if position < count {
                    let byte = bytes[position]
                    if byte != delimiter && byte != 0x0A && byte != 0x0D {
                        throw .textAfterClosingQuote(line: line, column: cells.count)
                    }
                }
            } else {
                let start = position
                var index = position
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    index += 1
                }
                cells.append(CSVCell(start: start, end: index, hasEscapedQuotes: false))
                position = index
            }
            // After a cell: delimiter, line end or end of input.
            if position >= count { return rowLine }
            let byte = bytes[position]
            if byte == delimiter {
                position += 1
                continue
            }
            if byte == 0x0D {
                position += 1
                if position < count, bytes[position] == 0x0A { position += 1 }
            } else {
                position += 1
            }
            line += 1
            return rowLine
        }
    }

    /// The cell's text, unescaped; nil when it is not valid UTF-8.
    public func string(_ cell: CSVCell) -> String? {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[cell.start..<cell.end])
        guard var text = String(validating: slice, as: UTF8.self) else { return nil }
        if cell.hasEscapedQuotes { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
        return text
    }

    /// Whether the cell's bytes equal `code`.
    @inline(__always)
    public func cell(_ cell: CSVCell, equals code: [UInt8]) -> Bool {
        let length = cell.end - cell.start
        guard length == code.count, !cell.hasEscapedQuotes else { return false }
        return code.withUnsafeBytes { code in
            length == 0 || memcmp(bytes.baseAddress! + cell.start, code.baseAddress!, length) == 0
        }
    }

    /// Guesses the delimiter from the first line: whichever of `,` `;` tab and `|` occurs most
    /// outside quotes; `,` when none does.
    public static func guessDelimiter(_ bytes: UnsafeRawBufferPointer) -> UInt8 {
        var tallies: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0, 0x7C: 0]
        var quoted = false
        for byte in bytes {
            if byte == 0x22 { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            if !quoted, tallies[byte] != nil { tallies[byte]! += 1 }
        }
        let best = tallies.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
        return best.value == 0 ? 0x2C : best.key
    }
}
