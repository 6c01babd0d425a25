import Foundation
import VoelsprietDomain
import Yams

/// An instrument written out as the builder's source view and its downloads: YAML (readable,
/// the default) or JSON (sorted keys, pretty). Both read back to the same instrument.
public enum InstrumentText {
    public static func yaml(_ instrument: Instrument) -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = false
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return (try? encoder.encode(instrument)) ?? ""
    }

    public static func json(_ instrument: Instrument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(instrument)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// What an edit removes that answers may already refer to: the builder says so before a new
/// version is published (the answers stay stored; the old version shows them).
public struct VersionChanges: Sendable, Hashable {
    public var removedItems: [String]
    /// `item: code` pairs of options (or scale points) that are gone.
    public var removedCodes: [String]
    public var addedItems: [String]

    public init(from old: Instrument, to new: Instrument) {
        let oldIDs = old.orderedItems.map(\.item.id)
        let newIDs = Set(new.orderedItems.map(\.item.id))
        removedItems = oldIDs.filter { !newIDs.contains($0) }
        addedItems = new.orderedItems.map(\.item.id).filter { !Set(oldIDs).contains($0) }
        var codes: [String] = []
        for (_, item) in old.orderedItems {
            guard let newer = new.item(item.id) else { continue }
            let kept = Set(new.options(of: newer).map(\.code))
            for option in old.options(of: item) where !kept.contains(option.code) { codes.append("\(item.id): \(option.code)") }
        }
        removedCodes = codes
    }

    public var isEmpty: Bool { removedItems.isEmpty && removedCodes.isEmpty && addedItems.isEmpty }
}
