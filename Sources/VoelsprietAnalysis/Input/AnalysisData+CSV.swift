import Dispatch
import Foundation
import VoelsprietDomain

extension AnalysisData {
    /// Reads a CSV file's bytes. With an instrument, the columns must follow the export layout
    /// (`role`, `sector_youth_care_parenting`, …); unknown columns and codes outside the
    /// codebook are skipped with a warning naming line and column. Without one, every column
    /// with at most `maxCategories` distinct values is a categorical item.
    public init(
        csv bytes: UnsafeRawBufferPointer, instrument: Instrument?, splitNames: [String],
        options: CSVImportOptions = CSVImportOptions()
    ) throws(AnalysisError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .csv(.utf16)
        }
        let delimiter = options.delimiter ?? CSVScanner.guessDelimiter(bytes)
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter)
        var cells: [CSVCell] = []
        let headerLine: Int?
        do { headerLine = try scanner.nextRow(into: &cells) } catch { throw .csv(error) }
        guard headerLine != nil else { throw .csv(.empty) }
        if bytes.prefix(200).contains(0) { throw .csv(.utf16) }
        var header: [String] = []
        for (index, cell) in cells.enumerated() {
            guard let name = scanner.string(cell) else { throw .csv(.notUTF8(line: headerLine!, column: "#\(index + 1)")) }
            header.append(name.trimmingCharacters(in: .whitespaces))
        }
        var seen: [String: [Int]] = [:]
        for (index, name) in header.enumerated() { seen[name, default: []].append(index + 1) }
        if let duplicate = seen.first(where: { $0.value.count > 1 && !$0.key.isEmpty }) {
            throw .csv(.duplicateColumn(name: duplicate.key, columns: duplicate.value))
        }
        // One column whose name holds another likely delimiter: the delimiter was wrong.
        if header.count == 1, header[0].contains(where: { [";", "\t", "|", ","].contains($0) }) {
            throw .csv(.singleColumn(delimiter: delimiter == 0x09 ? "\\t" : String(UnicodeScalar(delimiter))))
        }
        if let instrument {
            try self.init(
                instrumentCSV: &scanner, header: header, headerLine: headerLine!, instrument: instrument, splitNames: splitNames,
                options: options)
        } else {
            try self.init(plainCSV: &scanner, header: header, splitNames: splitNames, options: options)
        }
        if delimiter != 0x2C {
            let shown = delimiter == 0x09 ? "tab" : String(UnicodeScalar(delimiter))
            notes.append(DataMessage(en: "delimiter: '\(shown)'", nl: "scheidingsteken: '\(shown)'"))
        }
    }
}
