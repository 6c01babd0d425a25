import Crypto
import Foundation
import VoelsprietStorage
import VoelsprietWorkspace

#if canImport(Glibc)
    import Glibc
#endif

/// Seals contact details while they wait to be released (AES-256-GCM, a random nonce each,
/// the plaintext padded to one length), under a key kept outside the database.
///
/// The key file is the one thing that can open waiting contacts: it lives apart from the data
/// folder (by default next to it, `<data>.contact-key`), mode 0600, and should be backed up
/// apart from the data. Lose it and the contacts still waiting are lost too (released ones are
/// not sealed).
public struct ContactSeal: Sendable {
    /// The 32 key bytes (`SymmetricKey` is not `Sendable`; one is made per use).
    let keyBytes: [UInt8]
    var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    public init(key: SymmetricKey) {
        keyBytes = key.withUnsafeBytes { Array($0) }
    }

    /// A key for this process only (tests; a server without a key file would lose waiting
    /// contacts on restart, so `serve` always uses a file).
    public static func ephemeral() -> ContactSeal { ContactSeal(key: SymmetricKey(size: .bits256)) }

    /// The key in `path`, created (0600, 32 random bytes in base64) when the file is missing.
    public static func loadOrCreate(path: String) throws -> ContactSeal {
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == 32 else {
                throw ServiceError.invalid(.init(
                    nl: "Het sleutelbestand \(path) is beschadigd (verwacht: 32 bytes in base64).",
                    en: "The key file \(path) is damaged (expected 32 bytes in base64)."))
            }
            return ContactSeal(key: SymmetricKey(data: bytes))
        }
        let key = SymmetricKey(size: .bits256)
        let text = key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let descriptor = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ServiceError.invalid(.init(
                nl: "Kan het sleutelbestand \(path) niet maken: \(String(cString: strerror(errno))).",
                en: "Cannot create the key file \(path): \(String(cString: strerror(errno)))."))
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0 else {
            throw ServiceError.invalid(.init(nl: "Kan het sleutelbestand \(path) niet schrijven.", en: "Cannot write the key file \(path)."))
        }
        return ContactSeal(key: key)
    }

    /// The default key file for a data folder: beside it, not in it.
    public static func defaultPath(dataDirectory: String) -> String {
        let trimmed = dataDirectory.hasSuffix("/") && dataDirectory.count > 1 ? String(dataDirectory.dropLast()) : dataDirectory
        return trimmed + ".contact-key"
    }

    struct Fields: Codable {
        var name, email, phone, note, consent: String
    }

    /// The details sealed: base64 of nonce ‖ ciphertext ‖ tag, all of one length.
    public func seal(_ contact: ContactDetails) throws -> String {
        let fields = Fields(name: contact.name, email: contact.email, phone: contact.phone, note: contact.note, consent: contact.consent)
        var plaintext = try JSONEncoder().encode(fields)
        guard plaintext.count < ContactRelease.paddedLength else {
            throw ServiceError.invalid(.init(nl: "De contactgegevens zijn te lang.", en: "The contact details are too long."))
        }
        // JSON never contains a NUL byte: the padding is cut off at the first one.
        plaintext.append(contentsOf: [UInt8](repeating: 0, count: ContactRelease.paddedLength - plaintext.count))
        let box = try AES.GCM.seal(plaintext, using: key)
        guard let combined = box.combined else { throw ServiceError.invalid(.init(nl: "Verzegelen mislukt.", en: "Sealing failed.")) }
        return combined.base64EncodedString()
    }

    /// The details a sealed value holds, or nil when it was not sealed with this key.
    public func unseal(_ pending: PendingContact) -> ContactDetails? {
        guard let combined = Data(base64Encoded: pending.sealed), let box = try? AES.GCM.SealedBox(combined: combined),
            let padded = try? AES.GCM.open(box, using: key)
        else { return nil }
        let json = padded.prefix { $0 != 0 }
        guard let fields = try? JSONDecoder().decode(Fields.self, from: Data(json)) else { return nil }
        return ContactDetails(
            id: UUID().uuidString.lowercased(), studySlug: pending.studySlug, name: fields.name, email: fields.email,
            phone: fields.phone, note: fields.note, consent: fields.consent)
    }
}
