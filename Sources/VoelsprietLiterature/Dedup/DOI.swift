// DOI normalisation for exact matching across databases.

import Foundation

/// Digital Object Identifier helpers.
public enum DOI {
    /// Resolver and label prefixes that databases put before the bare DOI (compared lowercased).
    private static let prefixes = [
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
        "doi.org/", "dx.doi.org/", "doi:", "doi ", "info:doi/",
    ]

    /// Bare, lowercased DOI ("10.1000/xyz"), or nil when `text` holds no DOI.
    ///
    /// DOIs are case-insensitive (DOI Handbook §2.4), so lowercasing is safe. Resolver prefixes
    /// (`https://doi.org/`, `http://dx.doi.org/`, `doi:`) are removed, URL escapes `%2F`/`%3A` decoded,
    /// and trailing punctuation that exports glue on (`.`, `,`, `;`, `)`, `]`) is dropped. When a
    /// field holds several DOIs (separated by spaces or semicolons) the first one is returned. The
    /// result must start with `10.` and contain a `/`; anything else (`NA`, an ISBN) gives nil.
    public static func normalise(_ text: String) -> String? {
        var s = String(TextFolding.trimmed(text)).lowercased()
        guard !s.isEmpty else { return nil }
        if s.utf8.contains(UInt8(ascii: "%")) {
            s = s.replacingOccurrences(of: "%2f", with: "/").replacingOccurrences(of: "%3a", with: ":")
        }
        var stripped = true
        while stripped {
            stripped = false
            for prefix in prefixes where s.hasPrefix(prefix) {
                s.removeFirst(prefix.count)
                s = String(TextFolding.trimmed(s))
                stripped = true
            }
        }
        // A DOI may still be embedded after other text ("see 10.1/x"); start at the first "10.".
        let bytes = Array(s.utf8)
        guard let start = bytes.indices.dropLast(2).first(where: { bytes[$0] == 0x31 && bytes[$0 + 1] == 0x30 && bytes[$0 + 2] == 0x2E }) else { return nil }
        s = String(decoding: bytes[start...], as: UTF8.self)
        if let end = s.firstIndex(where: { $0 == " " || $0 == ";" || $0 == "\n" || $0 == "\t" }) {
            s = String(s[..<end])
        }
        while let last = s.last, ".,;:)]}>'\"".contains(last) { s.removeLast() }
        guard let slash = s.firstIndex(of: "/"), s.index(after: slash) < s.endIndex else { return nil }
        return s
    }
}
