/// Escaping for HTML and SVG text and attribute values, one Unicode scalar at a time.
///
/// Escaping per `Character` (grapheme cluster) misses a quote followed by a combining mark:
/// `"` + U+0301 is one Character that is not `"`, yet the browser's tokenizer sees the quote
/// and ends the attribute. Working on scalars, every `& < > " '` is replaced whatever follows.
public enum MarkupEscape {
    public static func html(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default:
                // Control characters are not allowed in XML 1.0 (SVG) and mean nothing in HTML.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t" { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }
}
