import Foundation
import Testing

/// Loads the R reference fixtures written by `Fixtures/make_r_fixtures.R`, with `JSONDecoder`
/// (which reads every double exactly; JSONSerialization on Linux does not).
enum RFixture {
    private struct File<Case: Decodable>: Decodable { let cases: [Case] }

    static func cases<Case: Decodable>(_ name: String, as type: Case.Type = Case.self) throws -> [Case] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError.missing(name)
        }
        return try JSONDecoder().decode(File<Case>.self, from: Data(contentsOf: url)).cases
    }
}

/// The largest error seen in a comparison: relative where the reference is above `floor`,
/// absolute below it (statistics that are zero or cancel to tiny values).
struct WorstError {
    let label: String
    let tolerance: Double
    var floor = 1e-300
    private(set) var worst = 0.0

    init(_ label: String, tolerance: Double, floor: Double = 1e-300) {
        self.label = label
        self.tolerance = tolerance
        self.floor = floor
    }

    /// Records |value − reference| (relative to |reference| above the floor) and expects it within tolerance.
    mutating func check(_ value: Double?, _ reference: Double?, _ note: @autoclosure () -> String) {
        guard let reference else {
            #expect(value == nil, "\(label) \(note()): \(String(describing: value)) where R has none")
            return
        }
        guard let value else {
            Issue.record("\(label) \(note()): nil where R has \(reference)")
            return
        }
        let error = abs(value - reference) / max(abs(reference), floor)
        worst = max(worst, error)
        #expect(error <= tolerance, "\(label) \(note()): \(value) vs \(reference) (error \(error))")
    }

    /// Prints the worst error, for the record of what the fixtures show.
    func report() { print("worst error, \(label): \(worst)") }
}
