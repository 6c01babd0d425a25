import Foundation

/// Plain text, Markdown and HTML source: size-checked, decoded (see `TextDecoder`) and checked
/// for binary content.
enum PlainTextInput {
    static func text(_ data: Data, fileName: String, limits: StatcheckInput.Limits) throws(StatcheckInputError) -> String {
        guard data.count <= limits.maxTextBytes else {
            throw StatcheckInputError(
                .tooLarge, fileName: fileName,
                detail: "the file is \(data.count) bytes, more than the limit of \(limits.maxTextBytes) bytes.")
        }
        guard !data.isEmpty else { throw StatcheckInputError(.empty, fileName: fileName, detail: "the file is empty.") }
        let text = try TextDecoder.decode(data, fileName: fileName)
        try refuseBinary(text, fileName: fileName)
        return text
    }

    static func lines(_ text: String) -> [SourceLine] {
        TextDecoder.lines(text)
    }

    /// Control characters (other than tab, line ends and form feed) in more than 1 % of the text
    /// mean a binary file that happened to have no NUL bytes.
    private static func refuseBinary(_ text: String, fileName: String) throws(StatcheckInputError) {
        var controls = 0, total = 0, line = 1
        var firstLine: Int?
        for byte in text.utf8 {
            total += 1
            switch byte {
            case 0x0A: line += 1
            case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F:
                controls += 1
                if firstLine == nil { firstLine = line }
            default: break
            }
        }
        if controls > 0, controls * 100 > total {
            throw StatcheckInputError(
                .binaryContent, fileName: fileName, line: firstLine,
                detail: "\(controls) control characters: this is not a text file.")
        }
    }
}
