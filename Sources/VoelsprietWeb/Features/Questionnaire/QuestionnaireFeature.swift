import Foundation
import Hummingbird
import VoelsprietBuilder
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage
import VoelsprietWorkspace

/// The questionnaire builder: the lead edits a draft — sections, items, scales and conditions,
/// or the whole instrument as YAML — with the checker's messages beside each item, in the
/// page's language; publishing makes it the questionnaire (a new version once answers were
/// given to the old one, which stays readable under `questionnaire/versions/N`).
struct QuestionnaireFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "questionnaire", action: .editQuestionnaire, handler: show),
            StudyRoute(method: .post, path: "questionnaire", action: .editQuestionnaire, handler: change),
            StudyRoute(method: .get, path: "questionnaire/download", action: .editQuestionnaire, handler: download),
            StudyRoute(method: .get, path: "questionnaire/versions/:version", action: .previewQuestionnaire, handler: version),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "questionnaire", action: .editQuestionnaire) { _, w in w.questionnaire }]
    }

    /// What went wrong with one form, to show it again beside its place with what was typed.
    struct Failure {
        enum Place { case item(String), newItem(String), source, page }
        let place: Place
        let message: String
        var fields: [String: String] = [:]
        var source: String = ""
        var problems: [InstrumentProblem] = []
    }

    @Sendable func show(_ request: StudyRequest) async throws -> Response { try await page(request) }

    @Sendable func change(_ request: StudyRequest) async throws -> Response {
        let form = request.form
        let fields = Dictionary(form.pairs.filter { !$0.0.hasPrefix("_") }, uniquingKeysWith: { first, _ in first })
        let instrument = try await web.services.questionnaire.state(request.access).instrument
        let languages = instrument.languages
        let action = form.first("_action") ?? ""
        let original = form.first("_original") ?? ""
        let section = form.first("_section") ?? ""
        let offset = form.first("_by") == "up" ? -1 : 1
        func localized(_ name: String) -> LocalizedText? {
            var values: [String: String] = [:]
            for language in languages {
                let text = (fields["\(name).\(language)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { values[language] = text }
            }
            return values.isEmpty ? nil : LocalizedText(values)
        }
        let x = QuestionnaireText.forLanguage(request.language)
        do {
            switch action {
            case "update-item":
                try await apply(request, .updateItem(id: original, item: try ItemForm.item(from: fields, languages: languages)))
            case "add-item":
                try await apply(request, .addItem(section: section, item: try ItemForm.item(from: fields, languages: languages)))
            case "delete-item": try await apply(request, .deleteItem(id: original))
            case "move-item": try await apply(request, .moveItem(id: original, by: offset))
            case "add-section":
                try await apply(request, .addSection(id: (fields["id"] ?? "").trimmingCharacters(in: .whitespaces), title: localized("title") ?? LocalizedText([:])))
            case "update-section":
                try await apply(request, .updateSection(
                    id: original, newID: (fields["id"] ?? "").trimmingCharacters(in: .whitespaces), title: localized("title") ?? LocalizedText([:]),
                    description: localized("description"), showIf: try ConditionText.parse(fields["showIf"] ?? ""),
                    layout: fields["layout"] == "matrix" ? .matrix : nil))
            case "delete-section": try await apply(request, .deleteSection(id: original))
            case "move-section": try await apply(request, .moveSection(id: original, by: offset))
            case "set-scale":
                let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces)
                try await apply(request, .setScale(name: name, points: try OptionLines.parse(fields["points"] ?? "", languages: languages)))
            case "delete-scale": try await apply(request, .deleteScale(name: original))
            case "source":
                let source = form.first("source") ?? ""
                let problems = try await web.services.questionnaire.replaceDraft(request.access, source: source)
                if !problems.isEmpty {
                    return try await page(request, failure: Failure(place: .source, message: x["sourceRefused"], source: source, problems: problems))
                }
            case "publish":
                let published = try await web.services.questionnaire.publish(request.access)
                return request.redirect("questionnaire", notice: published.newVersion ? "newVersion" : "published")
            case "discard":
                try await web.services.questionnaire.discardDraft(request.access)
                return request.redirect("questionnaire", notice: "discarded")
            default:
                return try await page(request, failure: Failure(place: .page, message: x["unknownAction"]))
            }
        } catch let error as BuilderError {
            let place: Failure.Place = action == "add-item" ? .newItem(section) : action == "update-item" ? .item(original) : .page
            return try await page(request, failure: Failure(place: place, message: error.message(in: request.language), fields: fields))
        } catch let error as ServiceError {
            return try await page(request, failure: Failure(place: .page, message: error.message.text(request.language)))
        }
        let anchor = action.hasSuffix("item") && action != "add-item" && action != "delete-item" ? "#item-\(fields["id"] ?? original)" : ""
        return .redirect(to: "/admin/studies/\(request.study.slug)/questionnaire?notice=saved\(anchor)", type: .normal)
    }

    func apply(_ request: StudyRequest, _ edit: InstrumentEdit) async throws {
        try await web.services.questionnaire.edit(request.access, edit)
    }

    @Sendable func download(_ request: StudyRequest) async throws -> Response {
        let instrument = try await web.services.questionnaire.state(request.access).instrument
        let json = request.page.query("format") == "json"
        let text = json ? InstrumentText.json(instrument) : InstrumentText.yaml(instrument)
        return Download.response(
            ByteBuffer(string: text), filename: "\(request.study.slug)-questionnaire.\(json ? "json" : "yaml")",
            type: json ? "application/json" : "application/yaml; charset=utf-8")
    }

    @Sendable func version(_ request: StudyRequest) async throws -> Response {
        guard let number = Int(request.page.parameter("version")) else { throw HTTPError(.notFound) }
        let instrument = try await web.services.questionnaire.version(request.access, number)
        let x = QuestionnaireText.forLanguage(request.language)
        let language = request.language
        let model = QuestionnaireVersionViewModel(
            frame: request.frame, x: x.words, number: number,
            sections: instrument.sections.map { section in
                .init(id: section.id, title: section.title.text(in: language), items: section.items.map { item in
                    .init(id: item.id, type: item.type.rawValue, text: item.text.text(in: language),
                          options: instrument.options(of: item).map { "\($0.code) = \($0.label.text(in: language))" }.joined(separator: "; "))
                })
            },
            yaml: InstrumentText.yaml(instrument), backURL: "/admin/studies/\(request.study.slug)/questionnaire")
        return request.render("questionnaire_version", title: "\(x["version"]) \(number)", model)
    }
}
