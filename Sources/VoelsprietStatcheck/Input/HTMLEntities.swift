/// HTML character references: `&#233;`, `&#xE9;` and the named entities that occur in reports
/// (an unknown name is kept as written).
enum HTMLEntities {
    /// The text of the reference at `i` (an "&") and its length.
    static func decode(_ s: [Unicode.Scalar], at i: Int) -> (String, Int) {
        var j = i + 1
        while j < s.count, j - i <= 32, s[j] != ";", s[j].properties.isAlphabetic || s[j].isDigit || s[j] == "#" { j += 1 }
        guard j < s.count, s[j] == ";", j > i + 1 else { return ("&", 1) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[(i + 1)..<j])
        let name = String(view)
        let length = j - i + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
            return (String(scalar), length)
        }
        guard let text = named[name] else { return ("&" + name + ";", length) }
        return (text, length)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "thinsp": "\u{2009}",
        "ndash": "–", "mdash": "—", "minus": "−", "le": "≤", "ge": "≥", "times": "×", "middot": "·", "plusmn": "±",
        "sup1": "¹", "sup2": "²", "sup3": "³", "chi": "χ", "Chi": "Χ", "alpha": "α", "beta": "β", "eta": "η",
        "omega": "ω", "mu": "μ", "deg": "°", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "bull": "•", "euro": "€", "shy": "\u{AD}", "percnt": "%", "sol": "/", "lpar": "(", "rpar": ")",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "eacute": "é", "egrave": "è", "ecirc": "ê",
        "euml": "ë", "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "oacute": "ó", "ograve": "ò",
        "ocirc": "ô", "ouml": "ö", "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "ccedil": "ç",
        "ntilde": "ñ", "szlig": "ß", "Eacute": "É", "Euml": "Ë", "Iuml": "Ï", "Ouml": "Ö", "Uuml": "Ü",
    ]
}
