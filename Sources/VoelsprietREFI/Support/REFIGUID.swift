// GUIDs as REFI-QDA writes them (with or without braces, any case) and stable GUIDs derived
// from a text, for things the model identifies by name (variables, participants) and for
// producers that put something other than a GUID in a `guid` attribute.
import Foundation

enum REFIGUID {
    /// Parses "85D17F60-7BB0-481E-B742-B4861DD669DF" or "{85d17f60-…}"; nil otherwise.
    static func parse(_ text: String?) -> UUID? {
        guard var t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        if t.hasPrefix("{") && t.hasSuffix("}") && t.count >= 2 { t = String(t.dropFirst().dropLast()) }
        return UUID(uuidString: t)
    }

    /// A stable GUID for `key`: the same key gives the same GUID on every machine and run.
    /// Two 64-bit FNV-1a hashes (different offset bases) of the UTF-8 bytes, each passed
    /// through MurmurHash3's fmix64 finaliser so that every input bit reaches every output bit,
    /// give 128 bits; the version nibble is set to 8 and the variant to RFC 4122 (RFC 9562
    /// §5.8, "custom" UUIDs). Not cryptographic: only stability and spread matter here.
    static func derived(_ key: String) -> UUID {
        let a = fmix64(fnv1a(key, basis: 0xcbf2_9ce4_8422_2325))
        let b = fmix64(fnv1a(key, basis: 0x8422_2325_cbf2_9ce4 ^ 0x9e37_79b9_7f4a_7c15))
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * (7 - i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * (7 - i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    private static func fmix64(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }

    private static func fnv1a(_ key: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
