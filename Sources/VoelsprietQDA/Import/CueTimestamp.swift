// Time codes of WebVTT (`[hh:]mm:ss.ttt`, W3C WebVTT §4.5) and SRT (`hh:mm:ss,ttt`).

enum CueTimestamp {
    /// Seconds of a time code. Hours may have any number of digits (and are optional when
    /// `hoursOptional`), minutes and seconds 1–2 digits below 60, the fraction 1–3 digits after
    /// one of `separators`, read as a decimal fraction (".5" = 500 ms, as webvtt-py and the srt
    /// package read it). The WebVTT standard asks for exactly 2 and 3 digits; shorter fields are
    /// accepted because tools write them.
    static func seconds(_ s: Substring, separators: Set<Character>, hoursOptional: Bool) -> Double? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3 || (hoursOptional && parts.count == 2), let last = parts.last else { return nil }
        guard let sep = last.firstIndex(where: { separators.contains($0) }) else { return nil }
        let secondsField = last[..<sep], fraction = last[last.index(after: sep)...]
        guard let hours = parts.count == 3 ? field(parts[0], maxDigits: 10) : 0,
            let minutes = field(parts[parts.count - 2], maxDigits: 2), minutes < 60,
            let secs = field(secondsField, maxDigits: 2), secs < 60,
            let frac = field(fraction, maxDigits: 3)
        else { return nil }
        let millis = frac * [100, 10, 1][fraction.count - 1]
        // Whole milliseconds divided once, so "01:02:03.456" gives exactly the Double 3723.456.
        return Double((hours * 3600 + minutes * 60 + secs) * 1000 + millis) / 1000
    }

    /// A field of 1...maxDigits ASCII digits.
    private static func field(_ s: Substring, maxDigits: Int) -> Int? {
        guard (1...maxDigits).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    /// "start --> end [settings]" → (start, end); nil unless both time codes are valid.
    static func timing(_ line: Substring, separators: Set<Character>, hoursOptional: Bool) -> (Double, Double)? {
        guard let arrow = line.range(of: "-->") else { return nil }
        let left = line[..<arrow.lowerBound].trimmingSpacesAndTabs()
        let right = line[arrow.upperBound...].trimmingSpacesAndTabs()
        let endField = right.prefix(while: { $0 != " " && $0 != "\t" })
        guard let start = seconds(left, separators: separators, hoursOptional: hoursOptional),
            let end = seconds(endField, separators: separators, hoursOptional: hoursOptional)
        else { return nil }
        return (start, end)
    }
}

extension Substring {
    fileprivate func trimmingSpacesAndTabs() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
