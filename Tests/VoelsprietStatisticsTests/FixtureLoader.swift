import Foundation

/// Loads the SciPy/mpmath reference fixtures committed under `Fixtures/`.
enum FixtureLoader {
    static func cases(_ name: String) throws -> [[String: Any]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError.missing(name)
        }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let root = object as? [String: Any], let cases = root["cases"] as? [[String: Any]] else {
            throw FixtureError.malformed(name)
        }
        return cases
    }

    static func table(_ value: Any?) -> [[Int]] {
        (value as? [[Any]] ?? []).map { row in row.map { ($0 as? NSNumber)?.intValue ?? 0 } }
    }

    static func double(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    static func ints(_ value: Any?) -> [Int] {
        (value as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.intValue }
    }
}

enum FixtureError: Error {
    case missing(String)
    case malformed(String)
}

/// |a − b| ≤ tolerance · |b| (or ≤ tolerance when b is 0).
func close(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tolerance * max(abs(b), b == 0 ? 1 : 0)
}
