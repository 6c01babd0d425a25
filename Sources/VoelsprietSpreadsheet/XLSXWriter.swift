import Foundation
import ZIPFoundation

/// Writes a workbook as an Office Open XML spreadsheet (.xlsx, ECMA-376 / ISO/IEC 29500
/// SpreadsheetML, transitional), built in memory by our own code and zipped with ZIPFoundation.
///
/// The package: `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml` and `app.xml`,
/// `xl/workbook.xml` (+ `_rels`), `xl/styles.xml` (default, bold header, `yyyy-mm-dd`,
/// `yyyy-mm-dd hh:mm:ss`), `xl/sharedStrings.xml` and `xl/worksheets/sheetN.xml`.
///
/// Guarantees: every part is well-formed XML 1.0 (forbidden characters become U+FFFD); no
/// formulas are ever written, so texts such as "=HYPERLINK(…)" stay text (safe against formula
/// injection by construction); numbers round-trip exactly. Refused with a `SpreadsheetError`
/// naming the sheet (and cell): invalid or duplicate sheet names, more than 1,048,576 rows or
/// 16,384 columns, texts over 32,767 UTF-16 code units (an error rather than truncation, so no
/// data is lost silently), NaN or infinite numbers, impossible or out-of-range dates.
/// Checked against LibreOffice's reading of the file (see the tests).
public struct XLSXWriter: Sendable {
    /// The modification date of the zip entries and the document's created date (fixed by
    /// default, so equal workbooks give equal bytes).
    public var entryDate: Date

    public init(entryDate: Date = Date(timeIntervalSince1970: 1_704_067_200)) {
        self.entryDate = entryDate
    }

    /// The .xlsx bytes.
    public func write(_ workbook: Workbook) throws(SpreadsheetError) -> Data {
        try zip(parts(workbook))
    }

    /// Every part of the package by its path in the zip, in writing order.
    func parts(_ workbook: Workbook) throws(SpreadsheetError) -> [(path: String, bytes: [UInt8])] {
        guard !workbook.sheets.isEmpty else { throw .noSheets }
        let names = workbook.sheets.map(\.name)
        try SheetNames.validate(names)
        var strings = SharedStrings()
        var sheetParts: [(path: String, bytes: [UInt8])] = []
        var filterRanges: [String?] = []
        for (offset, sheet) in workbook.sheets.enumerated() {
            let writer = try SheetXMLWriter(sheet, selected: offset == 0)
            let xml = try writer.write(strings: &strings)
            sheetParts.append(("xl/worksheets/sheet\(offset + 1).xml", xml))
            filterRanges.append(writer.filterRange)
        }
        let count = workbook.sheets.count
        return [
            ("[Content_Types].xml", Array(XMLParts.contentTypes(sheetCount: count).utf8)),
            ("_rels/.rels", Array(XMLParts.rootRelationships.utf8)),
            ("docProps/core.xml", Array(XMLParts.core(created: entryDate).utf8)),
            ("docProps/app.xml", Array(XMLParts.app.utf8)),
            ("xl/workbook.xml", Array(XMLParts.workbook(sheetNames: names, filterRanges: filterRanges).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(XMLParts.workbookRelationships(sheetCount: count).utf8)),
            ("xl/styles.xml", Array(Styles.xml.utf8)),
            ("xl/sharedStrings.xml", strings.xml()),
        ] + sheetParts
    }

    func zip(_ parts: [(path: String, bytes: [UInt8])]) throws(SpreadsheetError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 20
                ) { position, size in
                    let start = Int(position)
                    return Data(bytes[start..<min(start + size, bytes.count)])
                }
            }
            guard let data = archive.data else { throw SpreadsheetError.unwritable(reason: "the zip archive has no data") }
            return data
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw .unwritable(reason: "zip: \(error)")
        }
    }
}
