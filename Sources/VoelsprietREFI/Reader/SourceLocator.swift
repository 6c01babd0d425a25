// Finds a source's file in the package. REFI-QDA 1.5 §8.2–8.3: internal files live in the
// sources folder and are named `internal://<name>`. Real exports write `Sources/` or `sources/`,
// and some write the bare file name without the scheme; `relative://` and `absolute://` point
// outside the package.
import Foundation

struct SourceLocator {
    let package: REFIPackage?
    /// Folder of the .qde inside the archive ("" at the root, "Export/" one folder deep).
    let directory: String

    enum Location: Equatable {
        /// The path of the entry in the archive.
        case found(String)
        /// An external file (`relative://`, `absolute://`): never in the package.
        case external
        /// Not in the package.
        case absent
    }

    /// The file name a path attribute names, without the URL scheme, or nil for an external one.
    static func internalName(_ raw: String) -> String? {
        var name = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "/")
        let lower = name.lowercased()
        if lower.hasPrefix("relative://") || lower.hasPrefix("absolute://") || lower.hasPrefix("file://") { return nil }
        if lower.hasPrefix("internal://") { name = String(name.dropFirst("internal://".count)) }
        while name.hasPrefix("/") || name.hasPrefix("./") { name = String(name.dropFirst(name.hasPrefix("/") ? 1 : 2)) }
        return name
    }

    func locate(_ raw: String) -> Location {
        guard let name = SourceLocator.internalName(raw) else { return .external }
        guard let package, !name.isEmpty else { return .absent }
        let candidates = [directory + "sources/" + name, directory + name, "sources/" + name, name]
        for candidate in candidates {
            if let path = package.find(candidate) { return .found(path) }
        }
        return .absent
    }
}
