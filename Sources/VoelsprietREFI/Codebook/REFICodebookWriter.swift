// Writes a codebook as a REFI-QDA .qdc (namespace urn:QDA-XML:codebook:1.0), valid against
// Codebook-mrt2019.xsd: nested codes with colour and description, and a code set marking the
// deductive codes. The same codebook always gives the same bytes.
import Foundation
import VoelsprietQDA

public struct REFICodebookWriter: Sendable {
    public static let namespace = "urn:QDA-XML:codebook:1.0"
    public var origin: String

    public init(origin: String = "Voelspriet") {
        self.origin = origin
    }

    /// The .qdc as UTF-8 XML. Throws for a codebook without codes (the schema requires at least
    /// one), with duplicate ids or cycles.
    public func write(_ codebook: Codebook) throws(REFIError) -> REFIExport {
        guard !codebook.codes.isEmpty else { throw .unwritable(reason: "a REFI-QDA codebook needs at least one code") }
        let problems = CodeTreeWriter.blockingProblems(codebook)
        guard problems.isEmpty else { throw .inconsistentProject(problems: problems) }
        var xml = XMLBuilder()
        xml.open("CodeBook", [("xmlns", REFICodebookWriter.namespace), ("origin", origin)], context: "codebook")
        CodeTreeWriter.writeCodes(codebook, into: &xml)
        CodeTreeWriter.writeDeductiveSet(codebook, memberAttribute: "guid", into: &xml)
        xml.close("CodeBook")
        return REFIExport(data: Data(xml.output.utf8), warnings: xml.warnings)
    }
}
