import Foundation

/// The name an uploaded file is stored and shown under.
enum UploadName {
    /// The file's own name without folders (a browser may send a whole path), trimmed, at most
    /// 200 characters; `fallback` when nothing is left.
    static func base(_ fileName: String, fallback: String = "upload") -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        let trimmed = last.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? fallback : String(trimmed.prefix(200))
    }
}
