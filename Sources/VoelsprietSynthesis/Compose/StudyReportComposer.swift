import Foundation
import VoelsprietAnalysis
import VoelsprietDocument
import VoelsprietLiterature
import VoelsprietQDA

/// Turns a report definition and the data one reader may see into a document: every section a
/// level-1 heading, every block its text, table, figure or quotes. A block that cannot be shown
/// (no right, no data, an item or code that no longer exists) becomes a marked note in its
/// place; the rest of the report renders. Every number in text and tables is a `NumberRef`
/// that carries its key, its provenance and a link to where it was computed.
public struct StudyReportComposer: Sendable {
    public let definition: StudyReportDefinition
    public let data: StudyReportData
    public let facts: FactSheet
    public let english: Bool
    /// Prefix of the links numbers point to, e.g. `/admin/studies/quickscan/`.
    public let linkBase: String
    let text: ComposerText

    public init(definition: StudyReportDefinition, data: StudyReportData, english: Bool, linkBase: String) {
        self.definition = definition
        self.data = data
        self.facts = data.facts()
        self.english = english
        self.linkBase = linkBase
        self.text = ComposerText.of(english: english)
    }

    public func document(author: String = "", date: String = "") -> ReportDocument {
        var blocks: [Block] = [.tableOfContents]
        for section in definition.sections {
            blocks.append(.heading(Heading(level: 1, text: section.title, id: "section-\(section.id.uuidString.lowercased())")))
            for block in section.blocks { blocks += render(block) }
        }
        return ReportDocument(
            title: definition.title, subtitle: definition.subtitle, language: english ? .english : .dutch,
            metadata: DocumentMetadata(author: author, date: date), blocks: blocks)
    }

    /// The blocks of one report block.
    public func render(_ block: ReportBlock) -> [Block] {
        switch block.kind {
        case .text: return MarkdownBlocks.parse(block.markdown ?? "", references: reference)
        case .prismaFlow: return withPart(data.literature, .literature) { prisma($0.prisma, block) }
        case .includedSources: return withPart(data.literature, .literature) { included($0.included, block) }
        case .quickscanTable: return withPart(data.quickscan, .quickscan) { quickscanTable($0, block) }
        case .quickscanChart: return withPart(data.quickscan, .quickscan) { quickscanChart($0, block) }
        case .quickscanSignificant: return withPart(data.quickscan, .quickscan) { significant($0, block) }
        case .quotes: return withPart(data.interviews, .interviews) { quotes($0, block) }
        case .focusGroupFragments: return withPart(data.interviews, .interviews) { focusGroups($0, block) }
        case .agreement: return withPart(data.agreement, .agreement) { agreement($0, block) }
        }
    }

    func withPart<Value>(_ part: StudyReportData.Part<Value>, _ which: StudyPart, _ body: (Value) -> [Block]) -> [Block] {
        switch part {
        case .available(let value): return body(value)
        case .withheld(.noRight): return [.warning(withheld(.noRight, which))]
        case .withheld(let reason): return [.note(withheld(reason, which))]
        }
    }

    /// Why `part` is not shown: no right, no data yet, or a group too small.
    func withheld(_ reason: FactSheet.WithheldReason, _ part: StudyPart) -> String {
        let name = text.parts[part] ?? part.rawValue
        switch reason {
        case .noRight: return text.filled(text.noRight, name)
        case .noData: return text.filled(text.noData, name)
        case .smallGroup: return text.smallGroup
        }
    }

    // MARK: Numbers

    /// The inline for `{{key}}` or `{{key|style}}`: the number, or a visible marker saying why
    /// there is none.
    public func reference(_ raw: String) -> Inline? {
        let parts = raw.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let key = parts.first ?? ""
        let style = parts.count > 1 ? parts[1] : nil
        switch facts.lookup(key) {
        case .found(let fact): return .number(number(fact, style: style))
        case .withheld(let reason): return .missing("\(key): \(withheld(reason, partOf(key)))")
        case .unknown: return nil
        }
    }

    func partOf(_ key: String) -> StudyPart {
        StudyPart(rawValue: String(key.split(separator: ".").first ?? "")) ?? .text
    }

    func number(_ fact: Fact, style: String? = nil) -> NumberRef {
        NumberRef(
            display: FactFormatter.display(fact, english: english, style: style), id: fact.key,
            title: fact.provenance.summary(english: english), href: fact.provenance.path.map { linkBase + $0 })
    }

    /// A table cell holding the fact under `key`, or the marker for a withheld or absent one.
    func cell(_ key: String, style: String? = nil) -> TableCell {
        switch facts.lookup(key) {
        case .found(let fact): return TableCell([.number(number(fact, style: style))])
        case .withheld(.smallGroup): return TableCell("–")
        default: return TableCell("")
        }
    }
}
