/// The table of contents as a Word TOC field over heading levels 1–3, hyperlinked (`\h`). The
/// field result already holds the current headings, linked to their bookmarks, so the entries
/// show before the field is updated (LibreOffice prints them as they are; Word offers to update
/// the field on opening because of `w:updateFields`).
extension DocxBody {
    func contents() -> String {
        var out = paragraph("TOCHeading", run(layout.text.contents))
        let begin =
            "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let entries = layout.contents
        guard !entries.isEmpty else {
            return out + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>\(begin)\(end)</w:p>"
        }
        for (position, entry) in entries.enumerated() {
            let bookmark = Self.bookmarkName(entry.block, heading: true)
            out +=
                "<w:p><w:pPr><w:pStyle w:val=\"TOC\(entry.level)\"/></w:pPr>" + (position == 0 ? begin : "")
                + "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">\(run(entry.text))</w:hyperlink>"
                + (position == entries.count - 1 ? end : "") + "</w:p>"
        }
        return out
    }
}
