#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A strict CSV scanner over bytes (RFC 4180 with `\n`, `\r\n` or `\r` line ends, quoted cells
/// with doubled quotes, any one-byte delimiter).
///
/// It hands out each row's cells as byte ranges; the caller decides which cells ever become
/// strings, and the pointer-based `nextRow` allocates nothing. Blank lines are skipped. Errors
/// name the 1-based line where they occur.
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

    /// A scanner over `bytes` that starts at `offset` (a row start); lines count from 1 there.
    public init(bytes: UnsafeRawBufferPointer, delimiter: UInt8, at offset: Int) {
        self.init(bytes: bytes, delimiter: delimiter)
        if offset > 0 { position = offset }
    }

    /// The offset of the next unread byte.
    public var offset: Int { position }

    /// Scans the next non-blank row into `cells` (cleared first). Returns the 1-based line the
    /// row started on, or nil at the end of input.
    public mutating func nextRow(into cells: inout [CSVCell]) throws(CSVError) -> Int? {
        cells.removeAll(keepingCapacity: true)
        var capacity = max(cells.capacity, 16)
        while true {
            let saved = (position, line)
            var count = 0
            let buffer = UnsafeMutablePointer<CSVCell>.allocate(capacity: capacity)
            defer { buffer.deallocate() }
            let rowLine = try nextRow(into: buffer, capacity: capacity, count: &count)
            if count <= capacity {
                cells.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
                return rowLine
            }
            // More cells than room: scan the row again with enough.
            (position, line) = saved
            capacity = count
        }
    }

    /// Scans the next non-blank row, storing at most `capacity` cells and counting all of
    /// them in `count` (a row longer than expected is still measured). Returns the 1-based
    /// line the row started on, or nil at the end of input.
    public mutating func nextRow(
        into cells: UnsafeMutablePointer<CSVCell>, capacity: Int, count: inout Int
    ) throws(CSVError) -> Int? {
        count = 0
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let length = bytes.count
        let delimiter = self.delimiter
        var position = self.position
        defer { self.position = position }
        // Skip blank lines.
        while position < length, base[position] == 0x0A || base[position] == 0x0D {
            if base[position] == 0x0A || position + 1 >= length || base[position + 1] != 0x0A { line += 1 }
            position += 1
        }
        if position >= length { return nil }
        let rowLine = line
        while true {
            if base[position] == 0x22 {
                // Quoted cell.
                let start = position + 1
                var index = start
                var escaped = false
                while true {
                    guard index < length else { throw .unterminatedQuote(line: rowLine, column: count + 1) }
                    let byte = base[index]
                    if byte == 0x22 {
                        if index + 1 < length, base[index + 1] == 0x22 {
                            escaped = true
                            index += 2
                            continue
                        }
                        break
                    }
                    if byte == 0x0A { line += 1 }
                    index += 1
                }
                if count < capacity { cells[count] = CSVCell(start: start, end: index, hasEscapedQuotes: escaped) }
                count += 1
                position = index + 1
                if position < length {
                    let byte = base[position]
                    if byte != delimiter && byte != 0x0A && byte != 0x0D {
                        throw .textAfterClosingQuote(line: line, column: count)
                    }
                }
            } else {
                let start = position
                var index = position
                while index < length {
                    let byte = base[index]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    index += 1
                }
                if count < capacity { cells[count] = CSVCell(start: start, end: index, hasEscapedQuotes: false) }
                count += 1
                position = index
            }
            // After a cell: delimiter, line end or end of input.
            if position >= length { return rowLine }
            let byte = base[position]
            if byte == delimiter {
                position += 1
                if position >= length {
                    // A trailing delimiter at the very end: one more, empty cell.
                    if count < capacity { cells[count] = CSVCell(start: position, end: position, hasEscapedQuotes: false) }
                    count += 1
                    return rowLine
                }
                continue
            }
            if byte == 0x0D {
                position += 1
                if position < length, base[position] == 0x0A { position += 1 }
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
