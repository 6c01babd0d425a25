/// word/numbering.xml: one bullet definition and one decimal definition; every numbered list
/// gets its own `w:num` (2, 3, …) restarting at 1.
enum DocxNumbering {
    static func xml(numberedLists: Int) -> String {
        var out =
            XMLText.declaration
            + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + abstract(0, format: "bullet", text: "\u{2022}") + abstract(1, format: "decimal", text: "%1.")
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for list in 0..<max(1, numberedLists) {
            out +=
                "<w:num w:numId=\"\(2 + list)\"><w:abstractNumId w:val=\"1\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return out + "</w:numbering>"
    }

    static func abstract(_ id: Int, format: String, text: String) -> String {
        "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
    }
}
