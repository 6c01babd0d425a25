// The warnings of one import and the strict/lenient decision in one place: a problem that would
// lose data throws in strict mode and becomes a warning in lenient mode.
import Foundation

struct ImportLog {
    let file: String
    let lenient: Bool
    private(set) var warnings: [String] = []

    init(file: String, lenient: Bool) {
        self.file = file
        self.lenient = lenient
    }

    mutating func warn(_ message: String) { warnings.append(message) }

    /// Strict: throws `error`. Lenient: records it as a warning ("… — skipped") and returns.
    mutating func problem(_ error: REFIError) throws(REFIError) {
        guard lenient else { throw error }
        warnings.append(error.description + " — skipped")
    }

    /// The GUID of an element: parsed from `attribute`, else derived from what is there (with a
    /// warning), else derived from `fallbackKey` (with a warning). Always the same for the same
    /// file, so references to a badly formed GUID still resolve.
    mutating func guid(_ node: XNode, _ attribute: String = "guid", fallbackKey: String) -> UUID {
        let raw = node.attribute(attribute)
        if let id = REFIGUID.parse(raw) { return id }
        if let raw, !raw.isEmpty {
            warn("\(file), line \(node.line), <\(node.name)>: \(attribute)=\"\(raw)\" is not a GUID; a stable one is derived from it")
            return REFIGUID.derived("refi-id:" + raw)
        }
        warn("\(file), line \(node.line), <\(node.name)> has no \(attribute); a stable one is derived")
        return REFIGUID.derived("refi-missing:" + fallbackKey)
    }

    /// A GUID reference (`targetGUID`, `creatingUser`), resolved like `guid`; nil when absent.
    func reference(_ raw: String?) -> UUID? {
        guard let raw, !raw.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return REFIGUID.parse(raw) ?? REFIGUID.derived("refi-id:" + raw)
    }
}
