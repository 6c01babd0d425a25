/// The style sheet (`xl/styles.xml`, ECMA-376 Part 1 §18.8) and the cell formats (`s`
/// indexes into `cellXfs`) the writer uses: default, bold header, date `yyyy-mm-dd` and date-time
/// `yyyy-mm-dd hh:mm:ss` (custom number formats 164 and 165; 0–163 are built in).
enum Styles {
    static let header = 1
    static let date = 2
    static let dateTime = 3

    static let xml = XMLParts.declaration + """
        <styleSheet xmlns="\(XMLParts.mainNamespace)">\
        <numFmts count="2">\
        <numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>\
        <numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/>\
        </numFmts>\
        <fonts count="2">\
        <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        </fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        <dxfs count="0"/><tableStyles count="0"/>\
        </styleSheet>
        """
}
