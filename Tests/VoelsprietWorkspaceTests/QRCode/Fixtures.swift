import Foundation
@testable import VoelsprietWorkspace

/// Reference data written by `make_qr_fixtures.py` with segno.
enum Fixtures {
    struct ReferenceFile: Decodable { var generator: String; var cases: [ReferenceCase] }
    struct SweepFile: Decodable { var generator: String; var cases: [SweepCase] }

    /// A named input with segno's symbol; `matrix` rows are strings of '0'/'1'.
    struct ReferenceCase: Decodable, Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var level: String
        var version: Int
        var mask: Int
        var matrix: [String]
        var description: String { "\(name) (\(level), v\(version), mask \(mask))" }
        var errorCorrection: QRCode.ErrorCorrection { Fixtures.level(level) }
    }

    /// A version/level combination filled to capacity; `matrix` rows are hex.
    struct SweepCase: Decodable, Sendable, CustomStringConvertible {
        var version: Int
        var level: String
        var capacity: Int
        var mask: Int
        var text: String
        var matrix: [String]
        var description: String { "v\(version)-\(level)" }
        var errorCorrection: QRCode.ErrorCorrection { Fixtures.level(level) }

        /// The hex rows expanded to '0'/'1' rows of `17 + 4 * version` modules.
        var bitRows: [String] {
            let size = 17 + 4 * version
            return matrix.map { row in
                let bits = row.map { digit -> String in
                    let value = Int(String(digit), radix: 16)!
                    let binary = String(value, radix: 2)
                    return String(repeating: "0", count: 4 - binary.count) + binary
                }.joined()
                return String(bits.prefix(size))
            }
        }
    }

    static func level(_ letter: String) -> QRCode.ErrorCorrection {
        switch letter {
        case "L": .low
        case "M": .medium
        case "Q": .quartile
        case "H": .high
        default: fatalError("unknown level \(letter)")
        }
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            fatalError("fixture \(name).json missing from the test bundle")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot decode \(name).json: \(error)")
        }
    }

    static let reference: [ReferenceCase] = load("qr_reference", as: ReferenceFile.self).cases
    static let sweep: [SweepCase] = load("qr_sweep", as: SweepFile.self).cases
}

extension QRCode {
    /// The matrix as rows of '0'/'1', the fixtures' format.
    var bitRows: [String] {
        (0..<size).map { y in String((0..<size).map { isDark(x: $0, y: y) ? "1" : "0" }) }
    }
}

/// Empty if equal; otherwise a short description of how the matrices differ.
func matrixDifference(_ ours: [String], _ reference: [String]) -> String {
    guard ours.count == reference.count else {
        return "size \(ours.count) vs reference \(reference.count)"
    }
    var differing: [(x: Int, y: Int)] = []
    for (y, (a, b)) in zip(ours, reference).enumerated() where a != b {
        for (x, (ca, cb)) in zip(a, b).enumerated() where ca != cb { differing.append((x, y)) }
        if a.count != b.count { return "row \(y) has \(a.count) modules vs \(b.count)" }
    }
    guard !differing.isEmpty else { return "" }
    let sample = differing.prefix(8).map { "(x \($0.x), y \($0.y))" }.joined(separator: ", ")
    return "\(differing.count) modules differ, first: \(sample)"
}
