/// Which link targets a document may carry: http, https and mailto addresses and relative ones
/// (`report.html`, `../data/`, `#section`). Anything else — `javascript:`, `data:`, `file:` —
/// is refused, and the writers show the link's text without a link.
public enum LinkPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// `href` ready for an attribute: surrounding white space removed, tabs and line breaks
    /// inside removed (as browsers do), and characters a URI cannot hold percent-encoded
    /// (UTF-8). Nil when the address is empty or its scheme is not allowed.
    public static func safeHref(_ href: String) -> String? {
        let trimmed = href.unicodeScalars.drop(while: isSpaceOrControl).reversed().drop(while: isSpaceOrControl)
            .reversed()
        var cleaned = ""
        for scalar in trimmed where !(scalar == "\t" || scalar == "\n" || scalar == "\r") {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || TextClean.isRemoved(scalar) { continue }
            cleaned += encoded(scalar)
        }
        guard !cleaned.isEmpty else { return nil }
        if let end = cleaned.firstIndex(where: { ":/?#".contains($0) }), cleaned[end] == ":" {
            let scheme = cleaned[..<end].lowercased()
            guard allowedSchemes.contains(scheme) else { return nil }
        }
        return cleaned
    }

    /// The anchor of an in-document link (`#results` → "results"), or nil.
    static func fragment(_ href: String) -> String? {
        guard href.hasPrefix("#"), href.count > 1 else { return nil }
        return String(href.dropFirst())
    }

    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value <= 0x20 }

    static let uriCharacters = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".unicodeScalars)

    static func encoded(_ scalar: Unicode.Scalar) -> String {
        if uriCharacters.contains(scalar) { return String(scalar) }
        return String(scalar).utf8.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" + hex : hex)
        }.joined()
    }
}
