import Foundation
import Testing

@testable import VoelsprietLiterature

@Suite("PRISMA 2020 flow diagram")
struct PrismaDiagramTests {
    @Test("the study example adds up and renders to well-formed SVG with every count")
    func studyExample() throws {
        let counts = try PrismaFixtures.studyExample()
        #expect(counts.validate().isEmpty)
        #expect(counts.identified == 1305 && counts.screened == 1022 && counts.includedStudies == 30)
        for (labels, name) in [(PrismaLabels.english, "study-en"), (PrismaLabels.dutch, "study-nl")] {
            let svg = PrismaDiagram.svg(counts, labels: labels)
            PrismaFixtures.writeIfRequested(svg, name: name)
            let xml = try #require(XMLCollector.parse(svg))
            #expect(xml.elements.first == "svg")
            #expect(xml.attributes.first?["role"] == "img")
            #expect(xml.elements.contains("title") && xml.elements.contains("desc"))
            #expect(xml.texts.contains(labels.title))
            let shown = xml.texts.joined(separator: " ")
            for number in [1305, 283, 0, 1022, 951, 71, 3, 68, 49, 29, 12, 5, 26, 15, 1, 14, 30] {
                let count = "(n = \(number))"
                #expect(shown.contains(count), "\(name): \(count) missing")
            }
            for phase in [labels.phaseIdentification, labels.phaseScreening, labels.phaseIncluded] {
                #expect(xml.texts.contains(phase))
            }
        }
    }

    @Test("reason names with & and < are escaped and read back unchanged")
    func escaping() throws {
        var counts = try PrismaFixtures.studyExample()
        counts.reportsExcluded[0].reason = "Wrong <population> & setting"
        let svg = PrismaDiagram.svg(counts, idPrefix: "a&b")
        #expect(svg.contains("Wrong &lt;population&gt; &amp; setting"))
        #expect(!svg.contains("<population>"))
        let xml = try #require(XMLCollector.parse(svg))
        #expect(xml.texts.contains { $0.hasPrefix("Wrong <population> & setting") })
        #expect(xml.attributes.first?["aria-labelledby"] == "a&b-title a&b-desc")
    }

    @Test("layout: boxes never overlap, rows line up, long text makes taller boxes, arrows touch boxes")
    func layout() throws {
        var counts = try PrismaFixtures.studyExample()
        let plain = PrismaLayout(counts: counts, labels: .english)
        counts.reportsExcluded.append(PrismaReasonCount(String(repeating: "very long reason name ", count: 12), 0))
        counts.databases = [PrismaSourceCount("PsycINFO", 500), PrismaSourceCount("Scopus", 505), PrismaSourceCount("PubMed", 300)]
        let long = PrismaLayout(counts: counts, labels: .english)
        #expect(long.height > plain.height)
        // Seven-digit counts everywhere still fit (they never break inside "(n = …)").
        var huge = counts
        huge.databases = [PrismaSourceCount("PubMed", 1_234_567)]
        huge.duplicatesRemoved = 7_654_321
        huge.otherMethods?.sources[0].count = 9_999_999
        let big = PrismaLayout(counts: huge, labels: .dutch)
        for layout in [plain, long, big] {
            let boxes = layout.boxes
            for (i, a) in boxes.enumerated() {
                #expect(a.x >= 0 && a.right <= layout.width && a.y >= 0 && a.bottom <= layout.height)
                for b in boxes[(i + 1)...] {
                    let overlap = a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom
                    #expect(!overlap, "boxes overlap: \(a.lines.first?.text ?? "") / \(b.lines.first?.text ?? "")")
                }
                // Estimated text width stays inside the box.
                for line in a.lines {
                    let estimate = Double(line.text.count) * PrismaLayout.fontSize * (line.bold ? 1.08 : 1) * SVGText.averageAdvance
                    #expect(estimate + Double(line.indent) * PrismaLayout.indentStep <= a.width - 2 * PrismaLayout.padding + 0.01)
                }
            }
            for arrow in layout.arrows {
                let start = arrow.points.first!, end = arrow.points.last!
                #expect(boxes.contains { touches($0, start) } && boxes.contains { touches($0, end) })
            }
            // Databases column: 4 down + 4 sideways; other methods: 2 down, 2 sideways, 1 into "included".
            #expect(layout.arrows.count == 13)
            #expect(layout.phaseBars.count == 3)
        }
        #expect(plain.phaseBars.map(\.label) == ["Identification", "Screening", "Included"])
        #expect(big.phaseBars.map(\.label) == ["Identificatie", "Screening", "Inclusie"])
    }

    @Test("without other methods the diagram is one column of boxes and one header")
    func singleColumn() throws {
        var counts = try PrismaFixtures.studyExample()
        counts.otherMethods = nil
        counts.includedReports = 19
        counts.includedStudies = 19
        #expect(counts.validate().isEmpty)
        let layout = PrismaLayout(counts: counts, labels: .dutch)
        #expect(layout.boxes.count == 1 + 9)
        #expect(layout.arrows.count == 8)
        #expect(layout.width < 700)
        let svg = PrismaDiagram.svg(counts, labels: .dutch)
        PrismaFixtures.writeIfRequested(svg, name: "single-nl")
        let xml = try #require(XMLCollector.parse(svg))
        #expect(!xml.texts.contains(PrismaLabels.dutch.headerOtherMethods))
        #expect(xml.texts.contains("Identificatie"))
    }

    private func touches(_ box: PrismaBoxLayout, _ point: (Double, Double)) -> Bool {
        let (x, y) = point
        let onVertical = (abs(x - box.x) < 0.01 || abs(x - box.right) < 0.01) && y >= box.y && y <= box.bottom
        let onHorizontal = (abs(y - box.y) < 0.01 || abs(y - box.bottom) < 0.01) && x >= box.x && x <= box.right
        return onVertical || onHorizontal
    }
}

@Suite("PRISMA counts: arithmetic checks")
struct PrismaValidationTests {
    @Test("each inconsistency is reported")
    func problems() throws {
        let good = try PrismaFixtures.studyExample()
        var c = good
        c.screened = 1000
        #expect(c.validate().contains(.screenedMismatch(screened: 1000, expected: 1022)))
        #expect(c.validate().contains(.soughtMismatch(sought: 71, expected: 49)))
        c = good
        c.reportsNotRetrieved = 5
        #expect(c.validate().contains(.assessedMismatch(column: "databases", assessed: 68, expected: 66)))
        c = good
        c.otherMethods?.reportsSought = 40
        #expect(c.validate().contains(.soughtExceedsIdentified(sought: 40, identified: 26)))
        #expect(c.validate().contains(.assessedMismatch(column: "other methods", assessed: 14, expected: 39)))
        c = good
        c.reportsExcluded.append(PrismaReasonCount("other", 100))
        #expect(c.validate().contains(.excludedExceedsAssessed(column: "databases", excluded: 149, assessed: 68)))
        c = good
        c.includedReports = 29
        #expect(c.validate().contains(.includedReportsMismatch(included: 29, expected: 30)))
        #expect(c.validate().contains(.studiesExceedReports(studies: 30, reports: 29)))
        c = good
        c.duplicatesRemoved = -1
        #expect(c.validate().contains(.negative("duplicates removed")))
        let text = PrismaProblem.screenedMismatch(screened: 1, expected: 2).description
        #expect(text.hasPrefix("screened ≠ identified − duplicates − removed"))
    }
}

@Suite("PRISMA sources from search runs")
struct PrismaSourceTests {
    @Test("hits are summed per database in first-seen order")
    func fromRuns() {
        let day = Date(timeIntervalSince1970: 1_623_888_000)
        let runs = [
            SearchRun(database: "Scopus", date: day, query: "q1", hits: 400),
            SearchRun(database: "PubMed", date: day, query: "q2", hits: 300),
            SearchRun(database: "Scopus", date: day.addingTimeInterval(86_400 * 90), query: "q1", hits: 12, note: "update"),
        ]
        #expect(PrismaSourceCount.from(runs) == [PrismaSourceCount("Scopus", 412), PrismaSourceCount("PubMed", 300)])
    }
}
