import Foundation

/// The small fixed parts of the package (ECMA-376 Part 2, Open Packaging Conventions, and
/// Part 1 §18.2 workbook): content types, relationships, the workbook with its sheet list and
/// filter ranges, and the document properties.
enum XMLParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(spreadsheet).sheet.main+xml\"/>"
        for index in 1...max(sheetCount, 1) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(spreadsheet).worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(spreadsheet).styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(spreadsheet).sharedStrings+xml\"/>"
        xml += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationshipType)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(officeRelationshipType)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// The workbook: sheets `rId1`…`rIdN` in order, and a hidden `_xlnm._FilterDatabase` name
    /// for each sheet with a filter (`filterRanges[i]` is the absolute range, or nil).
    static func workbook(sheetNames: [String], filterRanges: [String?]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (offset, name) in sheetNames.enumerated() {
            let number = offset + 1
            xml += "<sheet name=\"\(XMLText.escaped(name, attribute: true))\" sheetId=\"\(number)\" r:id=\"rId\(number)\"/>"
        }
        xml += "</sheets>"
        let filters = filterRanges.enumerated().compactMap { offset, range in range.map { (offset, $0) } }
        if !filters.isEmpty {
            xml += "<definedNames>"
            for (offset, range) in filters {
                let quoted = "'" + sheetNames[offset].replacingOccurrences(of: "'", with: "''") + "'!" + range
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(offset)\" hidden=\"1\">"
                xml += XMLText.escaped(quoted) + "</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    /// Sheets are `rId1`…`rIdN`; styles and shared strings follow them.
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for number in 1...max(sheetCount, 1) {
            xml += "<Relationship Id=\"rId\(number)\" Type=\"\(officeRelationshipType)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeRelationshipType)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(officeRelationshipType)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    static func core(created: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: created)
        return declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:creator>Voelspriet</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static let app = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Voelspriet</Application></Properties>"
}
