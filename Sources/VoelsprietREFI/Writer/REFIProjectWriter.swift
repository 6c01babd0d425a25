// Writes a study's interviews as a REFI-QDA project package (.qdpx, REFI-QDA 1.5 §8): a zip
// with project.qde (valid against Project-mrt2019.xsd) and each source's text as
// Sources/<GUID>.txt in UTF-8. The same project always gives the same bytes: fixed entry order,
// fixed modification dates, deterministic GUIDs.
import Foundation
import VoelsprietQDA
import ZIPFoundation

public struct REFIProjectWriter: Sendable {
    /// The `origin` attribute of the project.
    public var origin: String
    /// The modification date stored for every zip entry (default 2000-01-01T00:00:00Z; ZIP's
    /// MS-DOS dates are in whole two-second steps and stored as UTC by ZIPFoundation).
    public var entryDate: Date

    public init(origin: String = "Voelspriet", entryDate: Date = Date(timeIntervalSince1970: 946_684_800)) {
        self.origin = origin
        self.entryDate = entryDate
    }

    /// The .qdpx. Throws `inconsistentProject` for a project that cannot be exported faithfully
    /// (codings outside their source or naming unknown codes, sources or coders; duplicate ids;
    /// code cycles). Warnings name what had to change (characters XML 1.0 cannot hold, removed;
    /// values without an XML Schema form, left out).
    public func write(_ project: QDAProject) throws(REFIError) -> REFIExport {
        let (xml, warnings) = try projectXML(project)
        var entries: [(String, Data)] = [("project.qde", Data(xml.utf8))]
        for source in project.sources { entries.append((ProjectXMLWriter.textPath(of: source), Data(source.text.utf8))) }
        return REFIExport(data: try zip(entries), warnings: warnings)
    }

    /// Only the project XML (what a bare .qde holds).
    public func projectXML(_ project: QDAProject) throws(REFIError) -> (xml: String, warnings: [String]) {
        let problems = ExportCheck.problems(project)
        guard problems.isEmpty else { throw .inconsistentProject(problems: problems) }
        var writer = ProjectXMLWriter(project: project, origin: origin)
        return writer.write()
    }

    private func zip(_ entries: [(String, Data)]) throws(REFIError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, data) in entries {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let data = archive.data else { throw REFIError.unwritable(reason: "the zip archive has no data") }
            return data
        } catch let error as REFIError {
            throw error
        } catch {
            throw .unwritable(reason: "zip: \(error)")
        }
    }
}
