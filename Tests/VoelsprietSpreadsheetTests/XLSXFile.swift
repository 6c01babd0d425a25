import Foundation
import ZIPFoundation

/// An .xlsx read back for tests: its zip entries, and each sheet's cells with their type, style
/// and value (shared strings resolved).
struct XLSXFile {
    struct ReadCell: Equatable {
        var type: String?
        var style: String?
        /// The `<v>` text, or for shared strings the resolved text.
        var value: String
    }

    let entries: [String: Data]
    let sharedStrings: [String]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            entries[entry.path] = bytes
        }
        self.entries = entries
        if let strings = entries["xl/sharedStrings.xml"] {
            sharedStrings = try XMLTree.parse(strings).all("si").map(\.allText)
        } else {
            sharedStrings = []
        }
    }

    func xml(_ path: String) throws -> Element {
        guard let data = entries[path] else { throw XMLTree.NotWellFormed(description: "no part \(path)") }
        return try XMLTree.parse(data)
    }

    /// The cells of sheet N (1-based) by reference ("B2").
    func cells(sheet number: Int) throws -> [String: ReadCell] {
        let sheet = try xml("xl/worksheets/sheet\(number).xml")
        var cells: [String: ReadCell] = [:]
        for cell in sheet.all("c") {
            let raw = cell.child("v")?.text ?? ""
            var value = raw
            if cell["t"] == "s", let index = Int(raw), sharedStrings.indices.contains(index) {
                value = sharedStrings[index]
            }
            cells[cell["r"] ?? "?"] = ReadCell(type: cell["t"], style: cell["s"], value: value)
        }
        return cells
    }
}
