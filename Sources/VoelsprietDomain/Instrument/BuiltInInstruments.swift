import Foundation

/// Instruments that ship with Voelspriet.
public enum BuiltInInstruments {
    /// Names of the built-in instruments.
    public static let names = ["quickscan"]

    /// The raw JSON of a built-in instrument.
    public static func data(named name: String) -> Data? {
        guard names.contains(name),
            let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "instruments")
        else { return nil }
        return try? Data(contentsOf: url)
    }

    /// The study's quickscan, rebuilt from the report's outline (see `Resources/instruments/quickscan.json`).
    public static func quickscan() throws -> Instrument {
        guard let data = data(named: "quickscan") else {
            throw InstrumentError(problems: [InstrumentProblem(place: .instrument, english: "quickscan.json: resource missing", dutch: "quickscan.json ontbreekt")])
        }
        return try InstrumentParser.load(data)
    }
}
