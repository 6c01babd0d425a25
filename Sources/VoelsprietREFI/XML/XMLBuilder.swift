// Writes indented XML 1.0. Escaping follows XML 1.0 §2.4 (markup characters) and §3.3.3
// (attribute-value normalisation: tab, LF and CR in attributes are written as character
// references so they survive). Characters that XML 1.0 cannot hold at all (§2.2 `Char`: C0
// controls other than tab/LF/CR, U+FFFE, U+FFFF) are removed, with a warning naming the place.

/// Builds an XML document element by element.
struct XMLBuilder {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private(set) var warnings: [String] = []
    private var depth = 0

    /// Opens an element; attributes with a nil value are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = [], context: String) {
        output += indent + "<" + name + attributeText(attributes, context: context) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        output += indent + "</" + name + ">\n"
    }

    /// An element without content.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = [], context: String) {
        output += indent + "<" + name + attributeText(attributes, context: context) + "/>\n"
    }

    /// An element holding text (written without added white space, which would change it).
    mutating func text(_ name: String, _ value: String, context: String) {
        let escaped = escape(value, inAttribute: false, context: context)
        output += indent + "<" + name + ">" + escaped + "</" + name + ">\n"
    }

    /// Records a warning about something the writer had to change.
    mutating func note(_ warning: String) { warnings.append(warning) }

    private var indent: String { String(repeating: "  ", count: depth) }

    private mutating func attributeText(_ attributes: [(String, String?)], context: String) -> String {
        var out = ""
        for (key, value) in attributes {
            guard let value else { continue }
            out += " " + key + "=\"" + escape(value, inAttribute: true, context: context) + "\""
        }
        return out
    }

    private mutating func escape(_ value: String, inAttribute: Bool, context: String) -> String {
        var out = String.UnicodeScalarView()
        var removed = 0
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where inAttribute: out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t" where inAttribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where inAttribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default:
                if XMLBuilder.isXMLChar(scalar) { out.append(scalar) } else { removed += 1 }
            }
        }
        if removed > 0 {
            warnings.append("\(context): removed \(removed) character(s) that XML 1.0 does not allow (control characters)")
        }
        return String(out)
    }

    /// XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
