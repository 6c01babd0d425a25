import Foundation
import VoelsprietAnalysis
import VoelsprietQDA
import VoelsprietServices
import VoelsprietStorage
import VoelsprietSynthesis

/// The composer's forms, written as HTML directly (every value escaped): the report's title,
/// each chapter with its blocks (move, remove, edit text, choose quotes) and a form to add a
/// block; plus the versions and the list of citable numbers. Works without JavaScript.
struct StudyReportEditor: Sendable {
    let t: StudyReportText
    let slug: String
    let csrf: String
    let options: Options

    /// What the forms offer: the instrument's items and splits, and — from the data the report
    /// was just composed from, so nothing is read twice — the codebook and the fragments of the
    /// codes that quote blocks use (only what this member may see).
    struct Options: Sendable {
        var items: [(id: String, label: String)] = []
        var splits: [(id: String, label: String)] = []
        var codes: [(id: UUID, label: String)] = []
        var fragments: [UUID: [Fragment]] = [:]

        init(_ request: StudyRequest, data: StudyReportData) {
            let language = request.language
            for (_, item) in request.study.instrument.orderedItems where item.type != .text {
                items.append((item.id, "\(item.id): \(item.text.text(in: language).prefix(70))"))
                if item.type == .single || item.type == .yesno { splits.append((item.id, item.id)) }
            }
            if let interviews = data.interviews.value {
                codes = interviews.codebook.outline().map { ($0.code.id, String(repeating: "  ", count: $0.depth) + $0.code.name) }
                fragments = interviews.fragments
            }
        }
    }

    func e(_ text: String) -> String { MarkupEscape.html(text) }

    var action: String { "/admin/studies/\(e(slug))/synthesis/edit" }

    func form(_ op: String, revision: Int, _ fields: String, button: String, extra: String = "") -> String {
        "<form method=\"post\" action=\"\(action)\" class=\"inline\"\(extra)><input type=\"hidden\" name=\"_csrf\" value=\"\(e(csrf))\">"
            + "<input type=\"hidden\" name=\"revision\" value=\"\(revision)\"><input type=\"hidden\" name=\"op\" value=\"\(op)\">"
            + fields + "<button type=\"submit\">\(e(button))</button></form>"
    }

    func hidden(_ name: String, _ value: String) -> String { "<input type=\"hidden\" name=\"\(name)\" value=\"\(e(value))\">" }

    func html(_ definition: StudyReportDefinition, revision: Int) -> String {
        var out = "<details class=\"composer\" id=\"composer\" open><summary>\(e(t["compose"]))</summary>"
        out += form("title", revision: revision,
            "<label>\(e(t["reportTitle"])) <input name=\"title\" value=\"\(e(definition.title))\" required maxlength=\"300\"></label> "
            + "<label>\(e(t["subtitle"])) <input name=\"subtitle\" value=\"\(e(definition.subtitle ?? ""))\" maxlength=\"300\"></label>", button: t["save"])
        for section in definition.sections { out += sectionHTML(section, revision: revision) }
        out += "<h3>\(e(t["addSection"]))</h3>" + form("add_section", revision: revision,
            "<label>\(e(t["sectionTitle"])) <input name=\"section_title\" required maxlength=\"300\"></label> ", button: t["addSection"], extra: " id=\"add-section\"")
        return out + "</details>"
    }

    func sectionHTML(_ section: ReportSection, revision: Int) -> String {
        let id = section.id.uuidString.lowercased()
        var out = "<fieldset class=\"composer-section\" id=\"compose-\(id)\"><legend>\(e(section.title))</legend>"
        out += form("rename_section", revision: revision, hidden("section", id) + "<input name=\"section_title\" value=\"\(e(section.title))\" aria-label=\"\(e(t["sectionTitle"]))\"> ", button: t["rename"])
        for d in ["up", "down"] { out += form("move_section", revision: revision, hidden("section", id) + hidden("direction", d), button: t[d]) }
        out += form("remove_section", revision: revision, hidden("section", id), button: t["remove"])
        out += "<ol class=\"composer-blocks\">"
        for block in section.blocks { out += "<li>" + blockHTML(block, revision: revision) + "</li>" }
        out += "</ol>" + addBlockHTML(sectionID: id, revision: revision) + "</fieldset>"
        return out
    }

    func blockHTML(_ block: ReportBlock, revision: Int) -> String {
        let id = block.id.uuidString.lowercased()
        var describe = t["kind_\(block.kind.rawValue)"]
        if let item = block.item { describe += ": \(item)" }
        if let split = block.split { describe += " × \(split)" }
        if let code = block.codeID, let label = options.codes.first(where: { $0.id == code })?.label { describe += ": \(label.trimmingCharacters(in: .whitespaces))" }
        var out = "<strong>\(e(describe))</strong> "
        for d in ["up", "down"] { out += form("move_block", revision: revision, hidden("block", id) + hidden("direction", d), button: t[d]) }
        out += form("remove_block", revision: revision, hidden("block", id), button: t["remove"])
        switch block.kind {
        case .text:
            out += "<form method=\"post\" action=\"\(action)\"><input type=\"hidden\" name=\"_csrf\" value=\"\(e(csrf))\">"
                + hidden("revision", String(revision)) + hidden("op", "update_block") + hidden("block", id)
                + "<label>\(e(t["markdown"]))<textarea name=\"markdown\" rows=\"6\" cols=\"80\">\(e(block.markdown ?? ""))</textarea></label>"
                + "<button type=\"submit\">\(e(t["edit"]))</button></form>"
        case .quotes:
            out += quotesHTML(block, revision: revision)
        default:
            break
        }
        return out
    }

    func quotesHTML(_ block: ReportBlock, revision: Int) -> String {
        guard let code = block.codeID else { return "" }
        let chosen = Set(block.codingIDs ?? [])
        var out = "<details><summary>\(e(t["chooseQuotes"])) (\(chosen.count))</summary><form method=\"post\" action=\"\(action)\">"
            + "<input type=\"hidden\" name=\"_csrf\" value=\"\(e(csrf))\">" + hidden("revision", String(revision)) + hidden("op", "update_block")
            + hidden("block", block.id.uuidString.lowercased()) + hidden("quotes_form", "1") + "<ul class=\"fragments\">"
        for fragment in (options.fragments[code] ?? []).prefix(300) {
            let checked = chosen.contains(fragment.coding.id) ? " checked" : ""
            out += "<li><label><input type=\"checkbox\" name=\"coding\" value=\"\(fragment.coding.id.uuidString.lowercased())\"\(checked)> "
                + "\(e(String(fragment.text.prefix(400)))) <em>(\(e(fragment.quoteLabel)))</em></label></li>"
        }
        return out + "</ul><button type=\"submit\">\(e(t["save"]))</button></form></details>"
    }

    func addBlockHTML(sectionID: String, revision: Int) -> String {
        let kinds = ReportBlock.Kind.allCases.map { "<option value=\"\($0.rawValue)\">\(e(t["kind_\($0.rawValue)"]))</option>" }.joined()
        let items = options.items.map { "<option value=\"\(e($0.id))\">\(e($0.label))</option>" }.joined()
        let splits = "<option value=\"\">\(e(t["noSplit"]))</option>" + options.splits.map { "<option value=\"\(e($0.id))\">\(e($0.label))</option>" }.joined()
        let codes = "<option value=\"\"></option>" + options.codes.map { "<option value=\"\($0.id.uuidString.lowercased())\">\(e($0.label))</option>" }.joined()
        return "<details><summary>\(e(t["addBlock"]))</summary>" + form("add_block", revision: revision,
            hidden("section", sectionID)
            + "<label>\(e(t["kind"])) <select name=\"kind\">\(kinds)</select></label> "
            + "<label>\(e(t["item"])) <select name=\"item\"><option value=\"\"></option>\(items)</select></label> "
            + "<label>\(e(t["split"])) <select name=\"split\">\(splits)</select></label> "
            + "<label>\(e(t["code"])) <select name=\"code\">\(codes)</select></label> "
            + "<label>\(e(t["caption"])) <input name=\"caption\" maxlength=\"300\"></label> "
            + "<label>\(e(t["markdown"])) <textarea name=\"markdown\" rows=\"3\" cols=\"60\"></textarea></label> ", button: t["addBlock"]) + "</details>"
    }

    static func versionsHTML(_ t: StudyReportText, slug: String, csrf: String, versions: [ReportVersionSummary], changes: [FactChange], english: Bool) -> String {
        let e = MarkupEscape.html
        var out = "<section id=\"versions\"><h2>\(e(t["versions"]))</h2>"
        out += "<form method=\"post\" action=\"/admin/studies/\(e(slug))/synthesis/freeze\"><input type=\"hidden\" name=\"_csrf\" value=\"\(e(csrf))\">"
            + "<label>\(e(t["note"])) <input name=\"note\" maxlength=\"500\"></label> <button type=\"submit\">\(e(t["freeze"]))</button></form>"
        if versions.isEmpty { return out + "<p>\(e(t["noVersions"]))</p></section>" }
        out += "<table><thead><tr><th>\(e(t["version"]))</th><th>\(e(t["note"]))</th><th>\(e(t["by"]))</th><th>\(e(t["at"]))</th><th></th></tr></thead><tbody>"
        for v in versions {
            let base = "/admin/studies/\(e(slug))/synthesis/versions/\(v.version)"
            out += "<tr><td>\(v.version)</td><td>\(e(v.note ?? ""))</td><td>\(e(v.createdBy))</td><td>\(e(v.createdAt))</td>"
                + "<td><a href=\"\(base)\">HTML</a> · <a href=\"\(base)?format=docx\">Word</a> · <a href=\"\(base)?format=md\">Markdown</a></td></tr>"
        }
        out += "</tbody></table><h3>\(e(t["changesSinceLatest"]))</h3>"
        guard !changes.isEmpty else { return out + "<p id=\"changes\">\(e(t["noChanges"]))</p></section>" }
        out += "<table id=\"changes\"><thead><tr><th>\(e(t["key"]))</th><th>\(e(t["before"]))</th><th>\(e(t["after"]))</th></tr></thead><tbody>"
        for change in changes.prefix(500) {
            let before = change.before.map { FactFormatter.display($0, english: english) } ?? t["added"]
            let after = change.after.map { FactFormatter.display($0, english: english) } ?? t["removed"]
            out += "<tr><td><code>\(e(change.key))</code></td><td class=\"number\">\(e(before))</td><td class=\"number\">\(e(after))</td></tr>"
        }
        return out + "</tbody></table></section>"
    }

    static func factsHTML(_ t: StudyReportText, _ facts: FactSheet, english: Bool) -> String {
        let e = MarkupEscape.html
        var out = "<details id=\"facts\"><summary>\(e(t["facts"])) (\(facts.facts.count))</summary><p>\(e(t["factsNote"]))</p>"
        out += "<table><thead><tr><th>\(e(t["key"]))</th><th>\(e(t["value"]))</th><th>\(e(t["source"]))</th></tr></thead><tbody>"
        for key in facts.sortedKeys.prefix(5000) {
            guard let fact = facts.facts[key] else { continue }
            out += "<tr><td><code>{{\(e(key))}}</code></td><td class=\"number\">\(e(FactFormatter.display(fact, english: english)))</td><td>\(e(fact.provenance.summary(english: english)))</td></tr>"
        }
        return out + "</tbody></table></details>"
    }
}
