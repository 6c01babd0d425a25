// Decoding of the LaTeX markup BibTeX exports put in titles and names: accents (`{\"o}`,
// `\'e`, `\c{c}`), special letters (`\ss`, `\o`, `\aa`), Greek (`$\alpha$`) and formatting
// commands (`\textit{...}`, `\emph`), whose argument is kept.

// Unlike `LaTeXText` (Import), which turns markup into the accented letters for display, this
// folds it for matching: accents dropped, Greek spelled out.
enum LaTeXFolding {
    /// Letter commands that stand for a letter (or letters) of their own.
    private static let letters: [String: String] = [
        "ss": "ss", "o": "o", "O": "O", "aa": "a", "AA": "A", "ae": "ae", "AE": "AE", "oe": "oe",
        "OE": "OE", "l": "l", "L": "L", "i": "i", "j": "j", "&": "&", "%": "%", "_": "_",
    ]

    /// `text` with accent commands dropped (the accented base letter stays), letter commands
    /// spelled, Greek commands spelled, other commands and the braces removed.
    static func decode(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                let next = chars[i + 1]
                if "\"'`^~=.".contains(next) {           // accent on the following letter
                    i += 2
                    continue
                }
                if next.isLetter {
                    var j = i + 1
                    while j < chars.count, chars[j].isLetter { j += 1 }
                    let name = String(chars[(i + 1)..<j])
                    if let letter = letters[name] {
                        out += letter
                    } else if TextFolding.greek.values.contains(name.lowercased()) {
                        out += " \(name.lowercased()) "
                    } else if name.count == 1, j < chars.count, chars[j] == "{" {
                        // One-letter accent commands with an argument: \c{c}, \v{s}, \u{a}, \H{o}.
                    } else {
                        out += " "
                    }
                    i = j
                    continue
                }
                if let letter = letters[String(next)] { out += letter; i += 2; continue }
            }
            if c == "{" || c == "}" || c == "$" {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
