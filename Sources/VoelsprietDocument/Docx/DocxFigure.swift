import Foundation

/// Figures as inline drawings: the chart as PNG (`a:blip`), and as SVG through the
/// `asvg:svgBlip` extension when wanted, sized to the text width at most; caption below.
extension DocxBody {
    /// The text width in EMU (twips × 635).
    static let maximumWidthEMU = textWidth * 635

    mutating func figure(_ figure: Figure, at index: Int) -> String {
        let caption = self.caption(.figure, at: index, figure.caption, keepNext: false)
        guard let image = ChartPNG.render(figure.chart) else {
            let problem = figure.chart.problem ?? .noData
            return callout(.warning, run(layout.text.chartProblem(problem))) + caption
        }
        figuresDrawn += 1
        let number = figuresDrawn
        media.append((path: "media/chart\(number).png", data: image.png))
        let png = relationship(type: "image", target: "media/chart\(number).png", external: false)
        var svgExtension = ""
        if embedSVG {
            let svg = XMLText.declaration + HTMLBlocks.svg(figure.chart)
            media.append((path: "media/chart\(number).svg", data: Data(svg.utf8)))
            let id = relationship(type: "image", target: "media/chart\(number).svg", external: false)
            svgExtension =
                "<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
                + "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"\(id)\"/></a:ext></a:extLst>"
        }
        let width = min(Self.maximumWidthEMU, Int(image.width * 9525))
        let height = Int(Double(width) * image.height / max(1, image.width))
        let name = XMLText.escape(layout.text.label(.figure, layout.numbers[index] ?? number))
        let alt = XMLText.escape(figure.altText)
        let drawing =
            "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"\(name)\" descr=\"\(alt)\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"chart\(number).png\" descr=\"\(alt)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(png)\">\(svgExtension)</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
        return "<w:p><w:pPr><w:pStyle w:val=\"FigureImage\"/></w:pPr><w:r>\(drawing)</w:r></w:p>" + caption
    }
}
