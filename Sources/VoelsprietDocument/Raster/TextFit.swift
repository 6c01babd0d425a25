import Foundation

/// Fitting labels into a width with the bitmap font: greedy word wrap, and truncation with "…".
enum TextFit {
    /// At most `maxLines` lines no wider than `width` pixels; the last one ends in "…" when
    /// words were left out, and a word too long for a line is cut with "…".
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int, font: BitmapFont = .shared) -> [String]
    {
        let words = text.split(separator: " ").map(String.init)
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count, lines.count < maxLines {
            let candidate = current.isEmpty ? words[index] : current + " " + words[index]
            if font.width(candidate, size: size) <= width {
                current = candidate
                index += 1
            } else if current.isEmpty {
                lines.append(fit(words[index], width: width, size: size, font: font))
                index += 1
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty, lines.count < maxLines {
            lines.append(current)
            current = ""
        }
        if index < words.count || !current.isEmpty, let last = lines.last {
            lines[lines.count - 1] = fit(last + "…", width: width, size: size, font: font)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// `text` unchanged when it fits `width`, else cut and ended with "…".
    static func fit(_ text: String, width: Double, size: Double, font: BitmapFont = .shared) -> String {
        if font.width(text, size: size) <= width { return text }
        var base = text.hasSuffix("…") ? String(text.dropLast()) : text
        while !base.isEmpty, font.width(base + "…", size: size) > width { base.removeLast() }
        return base.trimmingCharacters(in: .whitespaces) + "…"
    }
}
