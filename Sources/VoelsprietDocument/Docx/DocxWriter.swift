import Foundation
import ZIPFoundation

/// Writes a document as a Word .docx (WordprocessingML in a zip, built in memory by our own
/// code): styles with outline levels (navigation pane, TOC), real tables with repeating header
/// rows, captions with SEQ fields ("Tabel 1"), a TOC field that Word offers to update (its
/// current entries already written as the field result), charts as PNG (plus SVG for Word
/// 2016+ when `embedSVG`), hyperlinks, page breaks and the document language in the styles.
///
/// Numbers are plain text; broken references highlighted "[?key]".
public struct DocxWriter: Sendable {
    /// Also embed each chart as SVG (`asvg:svgBlip`), with the PNG as fallback.
    public var embedSVG: Bool
    /// The modification date of the zip entries (fixed, so equal documents give equal bytes).
    public var entryDate: Date

    public init(embedSVG: Bool = true, entryDate: Date = Date(timeIntervalSince1970: 1_704_067_200)) {
        self.embedSVG = embedSVG
        self.entryDate = entryDate
    }

    /// The .docx bytes.
    public func write(_ document: ReportDocument) throws(DocumentError) -> Data {
        try zip(parts(document))
    }

    /// Every part of the package by its path in the zip, in writing order.
    func parts(_ document: ReportDocument) -> [(path: String, data: Data)] {
        var body = DocxBody(document: document, embedSVG: embedSVG)
        let documentXML = body.write()
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(DocxPackage.contentTypes(media: body.media.map(\.path)).utf8)),
            ("_rels/.rels", Data(DocxPackage.packageRelationships.utf8)),
            ("word/document.xml", Data(documentXML.utf8)),
            ("word/_rels/document.xml.rels", Data(DocxPackage.documentRelationships(body.relationships).utf8)),
            ("word/styles.xml", Data(DocxStyles.xml(language: document.language).utf8)),
            ("word/numbering.xml", Data(DocxNumbering.xml(numberedLists: body.numberedLists).utf8)),
            ("word/settings.xml", Data(DocxPackage.settings(language: document.language).utf8)),
            ("docProps/core.xml", Data(DocxPackage.core(document).utf8)),
            ("docProps/app.xml", Data(DocxPackage.app.utf8)),
        ]
        for item in body.media { parts.append(("word/" + item.path, item.data)) }
        return parts
    }

    func zip(_ parts: [(path: String, data: Data)]) throws(DocumentError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: path.hasSuffix(".png") ? .none : .deflate
                ) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let data = archive.data else { throw DocumentError.unwritable(reason: "the zip archive has no data") }
            return data
        } catch let error as DocumentError {
            throw error
        } catch {
            throw .unwritable(reason: "zip: \(error)")
        }
    }
}

/// Why a document could not be written.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The package could not be assembled (a zip failure).
    case unwritable(reason: String)

    public var description: String {
        switch self {
        case .unwritable(let reason): "The document could not be written: \(reason)"
        }
    }
}
