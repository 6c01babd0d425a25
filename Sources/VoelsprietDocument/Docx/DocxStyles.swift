/// word/styles.xml: the paragraph, character and table styles the body uses. Element order
/// follows the WordprocessingML schema (Word refuses files that do not).
enum DocxStyles {
    static func xml(language: DocumentLanguage) -> String {
        XMLText.declaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + defaults(language) + paragraphStyles + characterStyles + tableStyles + "</w:styles>"
    }

    static func defaults(_ language: DocumentLanguage) -> String {
        "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(language.locale)\" w:eastAsia=\"\(language.locale)\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
    }

    /// A paragraph style; `pPr` and `rPr` are the inner XML of those elements.
    static func paragraph(
        _ id: String, name: String, basedOn: String? = "Normal", next: String? = nil, pPr: String = "",
        rPr: String = "",
        extra: String = ""
    ) -> String {
        var out = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { out += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { out += "<w:next w:val=\"\(next)\"/>" }
        out += extra + "<w:qFormat/>"
        if !pPr.isEmpty { out += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { out += "<w:rPr>\(rPr)</w:rPr>" }
        return out + "</w:style>"
    }

    static func heading(_ level: Int, size: Int, before: Int) -> String {
        paragraph(
            "Heading\(level)", name: "heading \(level)", next: "Normal",
            pPr:
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
            rPr: "<w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    static let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\""

    static var paragraphStyles: String {
        let box = { (colour: String, fill: String) in
            "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"\(colour)\"/><w:left w:val=\"single\" w:sz=\"18\" w:space=\"4\" w:color=\"\(colour)\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"\(colour)\"/><w:right w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"\(colour)\"/></w:pBdr>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/><w:spacing w:before=\"120\" w:after=\"200\"/><w:ind w:left=\"113\" w:right=\"113\"/>"
        }
        return
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + paragraph(
                "Title", name: "Title", next: "Normal", pPr: "<w:spacing w:after=\"120\"/>",
                rPr: "<w:color w:val=\"1F3864\"/><w:kern w:val=\"28\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>")
            + paragraph(
                "Subtitle", name: "Subtitle", next: "Normal", pPr: "<w:spacing w:after=\"160\"/>",
                rPr: "<w:color w:val=\"444444\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>")
            + paragraph(
                "DocumentInfo", name: "Document Info", next: "Normal", pPr: "<w:spacing w:after=\"480\"/>",
                rPr: "<w:color w:val=\"555555\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            + heading(1, size: 32, before: 360) + heading(2, size: 26, before: 280) + heading(3, size: 23, before: 220)
            + paragraph(
                "Caption", name: "caption", next: "Normal", pPr: "<w:spacing w:before=\"120\" w:after=\"120\"/>",
                rPr: "<w:i/><w:iCs/><w:color w:val=\"222222\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            + paragraph(
                "Quote", name: "Quote", next: "Normal",
                pPr:
                    "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"9AA5B1\"/></w:pBdr><w:spacing w:before=\"160\" w:after=\"60\"/><w:ind w:left=\"567\" w:right=\"567\"/>",
                rPr: "<w:i/><w:iCs/><w:color w:val=\"333333\"/>")
            + paragraph(
                "QuoteAttribution", name: "Quote Attribution", basedOn: "Quote", next: "Normal",
                pPr: "<w:spacing w:before=\"0\" w:after=\"200\"/>",
                rPr: "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/><w:color w:val=\"555555\"/>")
            + paragraph(
                "TOCHeading", name: "TOC Heading", basedOn: "Heading1", next: "Normal",
                pPr: "<w:outlineLvl w:val=\"9\"/>")
            + paragraph("TOC1", name: "toc 1", next: "Normal", pPr: "<w:spacing w:after=\"60\"/>")
            + paragraph(
                "TOC2", name: "toc 2", next: "Normal", pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"220\"/>")
            + paragraph(
                "TOC3", name: "toc 3", next: "Normal", pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"440\"/>")
            + paragraph(
                "ListBullet", name: "List Bullet",
                pPr: "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>")
            + paragraph(
                "ListNumber", name: "List Number",
                pPr: "<w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/>")
            + paragraph(
                "TableText", name: "Table Text",
                pPr: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                rPr: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            + paragraph(
                "TableNote", name: "Table Note", pPr: "<w:spacing w:before=\"60\" w:after=\"240\"/>",
                rPr: "<w:color w:val=\"444444\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + paragraph(
                "FigureImage", name: "Figure Image", pPr: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\"/>")
            + paragraph("Note", name: "Note Box", pPr: box("4A78A8", "EAF2FB"))
            + paragraph("Warning", name: "Warning Box", pPr: box("B00020", "FDECEA"))
    }

    static let characterStyles =
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
        + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"CodeChar\"><w:name w:val=\"Code\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
        + "<w:rPr><w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"

    static let tableStyles =
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
        + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
        + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr></w:style>"
}
