import Foundation

/// JSON kept in a text column (warnings, speaker turns, attributes): written with sorted keys so
/// equal values give equal text; a value that does not decode is a corrupt row, named.
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, what: String, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw StorageError.corrupt("\(what) \(type): \(error)")
        }
    }
}
