import Foundation

/// Turns the LaTeX of BibTeX values into plain Unicode text: accents (`{\"o}`, `\"{o}`, `\'e`,
/// `\c{c}`, `\v{s}` …) become the composed letter, `\ss`, `\o`, `\aa`, `\ae`, `\l` … their
/// letters, escaped specials (`\&`, `\%`, `\_`) the character, other commands (`\emph`,
/// `\textit`) are dropped keeping their argument, braces are removed, `~` is a space, and runs
/// of whitespace become one space.
enum LaTeXText {
    /// Combining marks for accent commands (Unicode block "Combining Diacritical Marks").
    private static let accents: [String: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}",
        "=": "\u{0304}", ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}",
        "c": "\u{0327}", "k": "\u{0328}", "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    ]
    private static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ",
    ]

    static func decode(_ text: String) -> String {
        if !text.contains(where: { $0 == "\\" || $0 == "{" || $0 == "}" || $0 == "~" || $0.isNewline || $0 == "\t" }),
           !text.contains("  ") {
            return text.trimmingSpaces()
        }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        decode(scalars, &i, until: scalars.count, into: &out)
        let collapsed = String(out).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.precomposedStringWithCanonicalMapping
    }

    private static func decode(_ s: [Unicode.Scalar], _ i: inout Int, until end: Int, into out: inout String.UnicodeScalarView) {
        while i < end {
            let c = s[i]
            switch c {
            case "\\":
                command(s, &i, end, &out)
            case "{", "}":
                i += 1
            case "~":
                out.append(" "); i += 1
            default:
                out.append(c); i += 1
            }
        }
    }

    private static func command(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int, _ out: inout String.UnicodeScalarView) {
        i += 1
        guard i < end else { return }
        var name = ""
        if s[i].properties.isAlphabetic && s[i].isASCII {
            while i < end, s[i].isASCII, s[i].properties.isAlphabetic { name.unicodeScalars.append(s[i]); i += 1 }
        } else {
            name.unicodeScalars.append(s[i]); i += 1
        }
        if let mark = accents[name] {
            var base = String.UnicodeScalarView()
            argument(s, &i, end, &base)
            if let first = base.first {
                out.append(first == "ı" ? "i" : first)
                out.append(mark)
                out.append(contentsOf: base.dropFirst())
            }
            return
        }
        if let letter = letters[name] {
            out.append(contentsOf: letter.unicodeScalars)
            if i < end, s[i] == " " { i += 1 }   // `\ss bar`: the space ends the command
            return
        }
        if !(name.first?.isLetter ?? false) {
            // `\&`, `\%`, `\_`, `\{`, `\\` …: the character itself (a line break as a space).
            out.append(contentsOf: (name == "\\" ? " " : name).unicodeScalars)
            return
        }
        // Any other command (`\emph`, `\textit`, `\LaTeX`): drop the name, keep what follows.
        if i < end, s[i] == " " { i += 1 }
    }

    /// One argument: `{…}` decoded, or the next scalar (after spaces), or a command like `\i`.
    private static func argument(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int, _ out: inout String.UnicodeScalarView) {
        while i < end, s[i] == " " { i += 1 }
        guard i < end else { return }
        if s[i] == "{" {
            var depth = 0
            let start = i
            var j = i
            while j < end {
                if s[j] == "{" { depth += 1 } else if s[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            var k = start + 1
            decode(s, &k, until: min(j, end), into: &out)
            i = min(j + 1, end)
        } else if s[i] == "\\" {
            command(s, &i, end, &out)
        } else {
            out.append(s[i]); i += 1
        }
    }
}
