import Foundation
import VoelsprietAnalysis
import VoelsprietDomain

/// Runs the CSV import on a string's bytes.
func analyse(
    _ csv: String, instrument: Instrument? = nil, by splits: [String] = [], options: CSVImportOptions = CSVImportOptions()
) throws -> AnalysisData {
    try analyse(bytes: Array(csv.utf8), instrument: instrument, by: splits, options: options)
}

func analyse(
    bytes: [UInt8], instrument: Instrument? = nil, by splits: [String] = [], options: CSVImportOptions = CSVImportOptions()
) throws -> AnalysisData {
    try bytes.withUnsafeBytes { buffer throws(AnalysisError) in
        try AnalysisData(csv: buffer, instrument: instrument, splitNames: splits, options: options)
    }
}

func quickscan() throws -> Instrument { try BuiltInInstruments.quickscan() }

extension AnalysisReport {
    func item(_ id: String) -> ItemReport? { items.first { $0.id == id } }
}
