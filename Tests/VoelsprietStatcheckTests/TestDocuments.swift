import Foundation
import ZIPFoundation

/// Builds small test documents: a .docx (WordprocessingML in a ZIP archive) and encoded text.
enum TestDocuments {
    struct NoData: Error {}

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A paragraph with the text in one run (tabs as `w:tab`).
    static func paragraph(_ text: String) -> String {
        let runs = text.split(separator: "\t", omittingEmptySubsequences: false).map { "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>" }
        return "<w:p><w:r>" + runs.joined(separator: "<w:tab/>") + "</w:r></w:p>"
    }

    /// A table whose rows are lists of cell texts.
    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { row in
            "<w:tr>" + row.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>"
    }

    /// `word/document.xml` with the given body XML.
    static func documentXML(_ body: String) -> Data {
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(body)</w:body></w:document>".utf8)
    }

    /// A minimal .docx holding `documentXML`.
    static func docx(_ documentXML: Data) throws -> Data {
        let contentTypes = Data("""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """.utf8)
        return try zip([("[Content_Types].xml", contentTypes), ("word/document.xml", documentXML)])
    }

    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        guard let data = archive.data else { throw NoData() }
        return data
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// UTF-16 little-endian with a byte-order mark.
    static func utf16LE(_ text: String) -> Data {
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        return data
    }
}
