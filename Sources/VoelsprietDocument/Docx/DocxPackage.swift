import Foundation

/// The package-level parts of a .docx: content types, relationships, settings, properties.
enum DocxPackage {
    static let relationshipNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(media: [String]) -> String {
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var out =
            XMLText.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        if media.contains(where: { $0.hasSuffix(".png") }) {
            out += "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        }
        if media.contains(where: { $0.hasSuffix(".svg") }) {
            out += "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"
        }
        out +=
            "<Override PartName=\"/word/document.xml\" ContentType=\"\(wml).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wml).styles+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(wml).numbering+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wml).settings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return out + "</Types>"
    }

    static let packageRelationships =
        XMLText.declaration + "<Relationships xmlns=\"\(relationshipNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRel)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(officeRel)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func documentRelationships(_ relationships: [DocxRelationship]) -> String {
        var out = XMLText.declaration + "<Relationships xmlns=\"\(relationshipNS)\">"
        for relationship in relationships {
            let mode = relationship.external ? " TargetMode=\"External\"" : ""
            out +=
                "<Relationship Id=\"\(relationship.id)\" Type=\"\(officeRel)/\(relationship.type)\" Target=\"\(XMLText.escape(relationship.target))\"\(mode)/>"
        }
        return out + "</Relationships>"
    }

    static func settings(language: DocumentLanguage) -> String {
        let decimal = language == .dutch ? "," : "."
        return XMLText.declaration
            + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:updateFields w:val=\"true\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(language.locale)\"/>"
            + "<w:decimalSymbol w:val=\"\(decimal)\"/><w:listSeparator w:val=\"\(language == .dutch ? ";" : ",")\"/>"
            + "</w:settings>"
    }

    static func core(_ document: ReportDocument) -> String {
        var out =
            XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(document.title))</dc:title>"
        if let subtitle = document.subtitle, !subtitle.isEmpty {
            out += "<dc:subject>\(XMLText.escape(subtitle))</dc:subject>"
        }
        if !document.metadata.author.isEmpty {
            out += "<dc:creator>\(XMLText.escape(document.metadata.author))</dc:creator>"
        }
        out += "<dc:language>\(document.language.locale)</dc:language>"
        if let date = isoDate(document.metadata.date) {
            out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created>"
        }
        return out + "</cp:coreProperties>"
    }

    static let app =
        XMLText.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>Voelspriet</Application><DocSecurity>0</DocSecurity></Properties>"

    /// "2024-05-01" (or with a time) as W3CDTF "2024-05-01T00:00:00Z"; nil for other dates.
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else { return nil }
        return trimmed + "T00:00:00Z"
    }
}

/// One relationship of word/document.xml.
struct DocxRelationship: Sendable, Equatable {
    let id: String
    /// The last part of the relationship type URI ("styles", "image", "hyperlink").
    let type: String
    let target: String
    let external: Bool
}
