import Foundation
import VoelsprietServices
import VoelsprietSynthesis

/// One edit posted by the composer's forms (`op` and its fields), parsed before anything is
/// read: an unknown operation, a missing id or a malformed field is refused by name.
struct StudyReportEdit: Sendable {
    let name: String
    let apply: @Sendable (inout StudyReportDefinition) throws -> Void

    static func parse(_ form: FormBody) throws -> StudyReportEdit {
        let op = form.first("op") ?? ""
        func id(_ field: String) throws -> UUID {
            guard let text = form.first(field), let id = UUID(uuidString: text.trimmingCharacters(in: .whitespaces)) else {
                throw invalid("'\(field)' is not a valid id", "'\(field)' is geen geldige id")
            }
            return id
        }
        func text(_ field: String) -> String { (form.first(field) ?? "").replacingOccurrences(of: "\r\n", with: "\n") }
        func direction() throws -> StudyReportDefinition.Direction {
            guard let d = StudyReportDefinition.Direction(rawValue: form.first("direction") ?? "") else { throw invalid("direction must be up or down", "richting moet up of down zijn") }
            return d
        }
        switch op {
        case "title":
            let title = text("title"), subtitle = text("subtitle")
            return StudyReportEdit(name: "title") { $0.title = title; $0.subtitle = subtitle.isEmpty ? nil : subtitle }
        case "add_section":
            let title = text("section_title")
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw invalid("a chapter needs a title", "een hoofdstuk heeft een titel nodig") }
            return StudyReportEdit(name: "section added") { $0.addSection(ReportSection(title: title)) }
        case "rename_section":
            let section = try id("section"), title = text("section_title")
            return StudyReportEdit(name: "section renamed") { try $0.renameSection(section, title: title) }
        case "remove_section":
            let section = try id("section")
            return StudyReportEdit(name: "section removed") { try $0.removeSection(section) }
        case "move_section":
            let section = try id("section"), d = try direction()
            return StudyReportEdit(name: "section moved") { try $0.moveSection(section, d) }
        case "add_block":
            let section = try id("section"), block = try Self.block(form, id: UUID())
            return StudyReportEdit(name: "block added: \(block.kind.rawValue)") { try $0.addBlock(block, to: section) }
        case "update_block":
            let blockID = try id("block")
            let markdown = form.first("markdown").map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
            let caption = form.first("caption")
            let chosen = form.all("coding").compactMap { UUID(uuidString: $0) }
            let setsQuotes = form.first("quotes_form") == "1"
            return StudyReportEdit(name: "block changed") { definition in
                guard var block = definition.block(blockID) else { throw StudyReportDefinition.EditError.notFound(blockID) }
                if let markdown { block.markdown = markdown }
                if let caption { block.caption = caption.isEmpty ? nil : caption }
                if setsQuotes { block.codingIDs = chosen }
                try definition.replaceBlock(block)
            }
        case "remove_block":
            let block = try id("block")
            return StudyReportEdit(name: "block removed") { try $0.removeBlock(block) }
        case "move_block":
            let block = try id("block"), d = try direction()
            return StudyReportEdit(name: "block moved") { try $0.moveBlock(block, d) }
        default:
            throw invalid("unknown operation '\(op.prefix(40))'", "onbekende bewerking '\(op.prefix(40))'")
        }
    }

    static func block(_ form: FormBody, id: UUID) throws -> ReportBlock {
        guard let kind = ReportBlock.Kind(rawValue: form.first("kind") ?? "") else { throw invalid("choose a kind of block", "kies een soort blok") }
        let item = form.first("item").flatMap { $0.isEmpty ? nil : $0 }
        let split = form.first("split").flatMap { $0.isEmpty ? nil : $0 }
        let code = form.first("code").flatMap { UUID(uuidString: $0) }
        let limit = form.first("limit").flatMap { Int($0) }
        let caption = form.first("caption").flatMap { $0.isEmpty ? nil : $0 }
        switch kind {
        case .quickscanTable, .quickscanChart:
            guard item != nil else { throw invalid("choose an item", "kies een vraag") }
        case .quotes, .focusGroupFragments:
            guard code != nil else { throw invalid("choose a code", "kies een code") }
        default: break
        }
        return ReportBlock(
            id: id, kind: kind, markdown: kind == .text ? (form.first("markdown") ?? "") : nil, item: item, split: split, codeID: code,
            codingIDs: kind == .quotes ? [] : nil, limit: limit, caption: caption)
    }

    static func invalid(_ en: String, _ nl: String) -> ServiceError {
        .invalid(ServiceMessage(nl: "Het rapport is niet gewijzigd: \(nl).", en: "The report was not changed: \(en)."))
    }
}
