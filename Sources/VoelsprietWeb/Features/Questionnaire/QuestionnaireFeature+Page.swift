import Hummingbird
import VoelsprietBuilder
import VoelsprietDomain
import VoelsprietServices

extension QuestionnaireFeature {
    func page(_ request: StudyRequest, failure: Failure? = nil) async throws -> Response {
        let state = try await web.services.questionnaire.state(request.access)
        let x = QuestionnaireText.forLanguage(request.language)
        let language = request.language
        let instrument = state.instrument
        let languages = instrument.languages
        let scaleNames = instrument.scales.keys.sorted()
        let slug = request.study.slug
        let rows = InstrumentProblemRow.rows(state.problems, language: language)
        func problems(_ place: InstrumentProblem.Place) -> [InstrumentProblemRow] {
            zip(state.problems, rows).filter { $0.0.place == place }.map(\.1)
        }
        func form(_ original: String, _ fields: [String: String]) -> QuestionnaireViewModel.ItemForm {
            .init(original: original, fields: fields, languages: languages, scaleNames: scaleNames)
        }
        let sections = instrument.sections.map { section in
            let items = section.items.map { item in
                var fields = ItemForm.fields(of: item, languages: languages)
                var error: String?
                if let failure, case .item(let id) = failure.place, id == item.id {
                    fields = failure.fields
                    error = failure.message
                }
                let found = problems(.item(item.id))
                return QuestionnaireViewModel.Item(
                    id: item.id, type: item.type.rawValue, text: item.text.text(in: language), condition: item.showIf.map { ConditionText.format($0) },
                    problems: found, hasProblems: !found.isEmpty, open: error != nil, error: error, form: form(item.id, fields))
            }
            var newFields: [String: String] = ["type": ItemType.single.rawValue]
            var newError: String?
            if let failure, case .newItem(let id) = failure.place, id == section.id {
                newFields = failure.fields
                newError = failure.message
            }
            let found = problems(.section(section.id))
            return QuestionnaireViewModel.Section(
                id: section.id, title: section.title.text(in: language), problems: found, hasProblems: !found.isEmpty, items: items,
                form: .init(
                    id: section.id,
                    languages: languages.map { .init(code: $0, text: section.title.values[$0] ?? "", help: "", unit: "") },
                    descriptions: languages.map { .init(code: $0, text: section.description?.values[$0] ?? "", help: "", unit: "") },
                    showIf: ConditionText.format(section.showIf), matrix: section.layout == .matrix),
                newItem: form("", newFields), newItemError: newError, openNew: newError != nil)
        }
        let publishNote: String
        if state.responsesToPublished > 0 {
            publishNote = x["publishNew"].replacingOccurrences(of: "{n}", with: "\(state.responsesToPublished)")
                .replacingOccurrences(of: "{v}", with: "\(state.publishedVersion)").replacingOccurrences(of: "{next}", with: "\(state.publishedVersion + 1)")
        } else {
            publishNote = x["publishInPlace"].replacingOccurrences(of: "{v}", with: "\(state.publishedVersion)")
        }
        var changes: [String] = []
        if !state.changes.addedItems.isEmpty { changes.append("\(x["added"]): \(state.changes.addedItems.joined(separator: ", "))") }
        if !state.changes.removedItems.isEmpty { changes.append("\(x["removed"]): \(state.changes.removedItems.joined(separator: ", "))") }
        if !state.changes.removedCodes.isEmpty { changes.append("\(x["removedCodes"]): \(state.changes.removedCodes.joined(separator: ", "))") }
        var sourceProblems: [InstrumentProblemRow] = []
        var source = InstrumentText.yaml(instrument)
        var pageError: String?
        if let failure {
            switch failure.place {
            case .source:
                sourceProblems = InstrumentProblemRow.rows(failure.problems, language: language)
                source = failure.source
                pageError = failure.message
            case .page: pageError = failure.message
            case .item, .newItem: pageError = x["formError"]
            }
        }
        let model = QuestionnaireViewModel(
            frame: request.frame, csrf: request.page.csrf, x: x.words, base: "/admin/studies/\(slug)/questionnaire",
            hasDraft: state.draft != nil,
            draftNote: state.draft.map {
                x["draftNote"].replacingOccurrences(of: "{day}", with: $0.updatedOn).replacingOccurrences(of: "{who}", with: $0.updatedBy)
            },
            publishedVersion: state.publishedVersion, publishNote: publishNote, canPublish: state.draft != nil && state.problems.isEmpty,
            problemCount: state.problems.count, problems: rows, hasProblems: !rows.isEmpty,
            changes: changes.isEmpty ? nil : changes.joined(separator: " · "), sections: sections,
            scales: scaleNames.map { name in
                .init(name: name, points: OptionLines.format(instrument.scales[name]?.points ?? [], languages: languages), problems: problems(.scale(name)))
            },
            languages: languages.joined(separator: ", "),
            newSectionLanguages: languages.map { .init(code: $0, text: "", help: "", unit: "") }, source: source, sourceProblems: sourceProblems, openSource: !sourceProblems.isEmpty,
            versions: state.versions.map {
                .init(number: $0.version, replacedOn: $0.replacedOn, replacedBy: $0.replacedBy, url: "/admin/studies/\(slug)/questionnaire/versions/\($0.version)")
            },
            hasVersions: !state.versions.isEmpty, notice: request.page.notice(x.notices), error: pageError,
            previewURL: "/admin/studies/\(slug)/preview")
        return request.render("questionnaire", title: x["title"], model, status: failure == nil ? .ok : .unprocessableContent)
    }
}
