// Reads a REFI-QDA codebook (.qdc, namespace urn:QDA-XML:codebook:1.0): nested codes with
// colour and description; members of a deductive code set become deductive codes. Tolerates
// what real tools write, e.g. Taguette's empty `<Sets/>`, which the schema does not allow.
import Foundation
import VoelsprietQDA

public enum REFICodebookReader {
    /// Reads `data` (XML); `fileName` names it in messages. Only `lenient` and `limits` of the
    /// options apply.
    public static func read(
        _ data: Data, fileName: String, options: REFIImportOptions = REFIImportOptions()
    ) throws(REFIError) -> REFICodebookImport {
        try InputKind.checkSize(data, fileName: fileName, limits: options.limits)
        switch InputKind.of(data) {
        case .xml: break
        case .zip:
            throw .notREFI(file: fileName, root: "(a zip archive)", expected: "CodeBook")
        case .unknown: throw .unrecognisedFormat(file: fileName)
        }
        let root = try XMLTree.parse(data, file: fileName)
        guard root.name == "CodeBook" else {
            let shown = root.namespace.map { "\(root.name) xmlns=\"\($0)\"" } ?? root.name
            throw .notREFI(file: fileName, root: shown, expected: "CodeBook")
        }
        var log = ImportLog(file: fileName, lenient: options.lenient)
        if let ns = root.namespace, !ns.lowercased().hasPrefix("urn:qda-xml:codebook") {
            log.warn("\(fileName): namespace \"\(ns)\" is not urn:QDA-XML:codebook:1.0; read as a REFI-QDA codebook all the same")
        }
        var codes = CodeTreeReader.codes(in: root.child("Codes"), log: &log)
        if codes.isEmpty { log.warn("\(fileName): the codebook has no codes") }
        CodeTreeReader.applyDeductiveSets(root.child("Sets"), to: &codes, log: &log)
        return REFICodebookImport(codebook: Codebook(codes: codes), origin: root.attribute("origin"), warnings: log.warnings)
    }
}
