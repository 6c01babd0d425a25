// What each box of the flow diagram says, before any layout.

/// One paragraph of a box: wrapped on its own, optionally indented or bold.
struct PrismaParagraph: Sendable, Hashable {
    var text: String
    var indent = 0
    var bold = false
}

/// The slots of the diagram grid: four columns (main and side box of the databases column,
/// main and side box of the other-methods column) in five rows.
enum PrismaColumn: Int, CaseIterable, Sendable {
    case databasesMain, databasesSide, otherMain, otherSide
}

enum PrismaRow: Int, CaseIterable, Sendable {
    case identification, screening, retrieval, eligibility, included
}

extension PrismaDiagram {
    /// The paragraphs of every occupied slot.
    static func content(_ c: PrismaCounts, _ l: PrismaLabels) -> [PrismaRow: [PrismaColumn: [PrismaParagraph]]] {
        var slots: [PrismaRow: [PrismaColumn: [PrismaParagraph]]] = [:]
        var identified = [PrismaParagraph(text: l.recordsIdentifiedFrom, bold: true)]
        identified += sourceLines(l.databases, c.databases, l)
        identified += sourceLines(l.registers, c.registers, l)
        slots[.identification] = [
            .databasesMain: identified,
            .databasesSide: [
                PrismaParagraph(text: l.removedBeforeScreening, bold: true),
                PrismaParagraph(text: "\(l.duplicatesRemoved) \(l.count(c.duplicatesRemoved))", indent: 1),
                PrismaParagraph(text: "\(l.removedByAutomation) \(l.count(c.removedByAutomation))", indent: 1),
                PrismaParagraph(text: "\(l.removedForOtherReasons) \(l.count(c.removedForOtherReasons))", indent: 1),
            ],
        ]
        slots[.screening] = [
            .databasesMain: [PrismaParagraph(text: "\(l.recordsScreened) \(l.count(c.screened))")],
            .databasesSide: [PrismaParagraph(text: "\(l.recordsExcluded) \(l.count(c.excludedAtScreening))")],
        ]
        slots[.retrieval] = [
            .databasesMain: [PrismaParagraph(text: "\(l.reportsSought) \(l.count(c.reportsSought))")],
            .databasesSide: [PrismaParagraph(text: "\(l.reportsNotRetrieved) \(l.count(c.reportsNotRetrieved))")],
        ]
        slots[.eligibility] = [
            .databasesMain: [PrismaParagraph(text: "\(l.reportsAssessed) \(l.count(c.reportsAssessed))")],
            .databasesSide: exclusionLines(c.reportsExcluded, l),
        ]
        slots[.included] = [
            .databasesMain: [
                PrismaParagraph(text: "\(l.studiesIncluded) \(l.count(c.includedStudies))"),
                PrismaParagraph(text: "\(l.reportsIncluded) \(l.count(c.includedReports))"),
            ]
        ]
        if let other = c.otherMethods {
            var sources = [PrismaParagraph(text: l.recordsIdentifiedFrom, bold: true)]
            sources += other.sources.map { PrismaParagraph(text: "\($0.name) \(l.count($0.count))", indent: 1) }
            slots[.identification]?[.otherMain] = sources
            slots[.retrieval]?[.otherMain] = [PrismaParagraph(text: "\(l.reportsSought) \(l.count(other.reportsSought))")]
            slots[.retrieval]?[.otherSide] = [
                PrismaParagraph(text: "\(l.reportsNotRetrieved) \(l.count(other.reportsNotRetrieved))")
            ]
            slots[.eligibility]?[.otherMain] = [
                PrismaParagraph(text: "\(l.reportsAssessed) \(l.count(other.reportsAssessed))")
            ]
            slots[.eligibility]?[.otherSide] = exclusionLines(other.reportsExcluded, l)
        }
        return slots
    }

    /// "Databases (n = 1305)" and, when there are several, one indented line per source.
    private static func sourceLines(_ label: String, _ sources: [PrismaSourceCount], _ l: PrismaLabels) -> [PrismaParagraph] {
        let total = sources.reduce(0) { $0 + $1.count }
        var lines = [PrismaParagraph(text: "\(label) \(l.count(total))", indent: 1)]
        if sources.count > 1 || (sources.count == 1 && sources[0].name != label) {
            lines += sources.map { PrismaParagraph(text: "\($0.name) \(l.count($0.count))", indent: 2) }
        }
        return lines
    }

    private static func exclusionLines(_ reasons: [PrismaReasonCount], _ l: PrismaLabels) -> [PrismaParagraph] {
        let total = reasons.reduce(0) { $0 + $1.count }
        return [PrismaParagraph(text: "\(l.reportsExcluded) \(l.count(total))", bold: true)]
            + reasons.map { PrismaParagraph(text: "\($0.reason) \(l.count($0.count))", indent: 1) }
    }
}
