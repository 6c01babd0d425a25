import Foundation
import Hummingbird
import VoelsprietDomain
import VoelsprietServices
import VoelsprietWorkspace

/// The lead's texts for respondents, per language: introduction, thank-you text, help links and
/// the interview offer (see `RespondentTexts`).
struct RespondentTextsFeature: ResearcherFeature {
    let web: WebContext

    var studyRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "texts", action: .manageSettings, handler: show),
            StudyRoute(method: .post, path: "texts", action: .manageSettings, handler: save),
        ]
    }

    var navigation: [StudyNavigationItem] {
        [StudyNavigationItem(path: "texts", action: .manageSettings) { _, w in w.respondentTexts }]
    }

    struct LanguageForm {
        let code: String
        let introduction: String
        let thanks: String
        let links: String
    }

    struct ViewModel {
        let frame: StudyFrame
        let csrf: String
        let x: [String: String]
        let languages: [LanguageForm]
        let interviewOffer: Bool
        let previewURL: String
        let notice: String?
        let error: String?
    }

    func page(_ request: StudyRequest, languages: [LanguageForm]? = nil, offer: Bool? = nil, error: String? = nil,
              status: HTTPResponse.Status = .ok) -> Response {
        let study = request.study
        let x = RespondentTextsText.forLanguage(request.language)
        let forms = languages ?? study.instrument.languages.map { code in
            LanguageForm(
                code: code, introduction: study.texts.introduction?.values[code] ?? "", thanks: study.texts.thanks?.values[code] ?? "",
                links: HelpLinkLines.format(study.helpLinks, language: code))
        }
        return request.render(
            "respondent_texts", title: x["title"],
            ViewModel(
                frame: request.frame, csrf: request.page.csrf, x: x.words, languages: forms,
                interviewOffer: offer ?? study.texts.interviewOffer, previewURL: "/admin/studies/\(study.slug)/preview",
                notice: request.page.notice(x.notices), error: error), status: status)
    }

    @Sendable func show(_ request: StudyRequest) async throws -> Response { page(request) }

    @Sendable func save(_ request: StudyRequest) async throws -> Response {
        let languages = request.study.instrument.languages
        let forms = languages.map { code in
            LanguageForm(
                code: code, introduction: request.form.first("introduction_\(code)") ?? "", thanks: request.form.first("thanks_\(code)") ?? "",
                links: request.form.first("links_\(code)") ?? "")
        }
        let offer = request.form.first("interview_offer") == "1"
        func localized(_ pick: (LanguageForm) -> String) -> LocalizedText? {
            var values: [String: String] = [:]
            for form in forms {
                let text = pick(form).trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { values[form.code] = text }
            }
            return values.isEmpty ? nil : LocalizedText(values)
        }
        do {
            let links = try HelpLinkLines.parse(Dictionary(uniqueKeysWithValues: forms.map { ($0.code, $0.links) }), languages: languages)
            let texts = RespondentTexts(introduction: localized(\.introduction), thanks: localized(\.thanks), interviewOffer: offer)
            try await web.services.studies.updateRespondentTexts(request.access, texts: texts, helpLinks: links)
        } catch let error as ServiceError {
            return page(request, languages: forms, offer: offer, error: error.message.text(request.language), status: .unprocessableContent)
        }
        return request.redirect("texts", notice: "saved")
    }
}

/// Help links as the page edits them: per language one line per link, `name | address |
/// description`; the n-th lines of all languages are one link.
enum HelpLinkLines {
    static func format(_ links: [HelpLink], language: String) -> String {
        links.map { link in
            [link.name.values[language] ?? "", link.url ?? "", link.description?.values[language] ?? ""]
                .joined(separator: " | ").trimmingCharacters(in: CharacterSet(charactersIn: " |"))
        }.joined(separator: "\n")
    }

    static func parse(_ texts: [String: String], languages: [String]) throws -> [HelpLink] {
        var rows: [String: [[String]]] = [:]
        for language in languages {
            rows[language] = (texts[language] ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        }
        let counts = Set(languages.map { rows[$0]?.count ?? 0 })
        guard counts.count <= 1 else {
            let described = languages.map { "\($0): \(rows[$0]?.count ?? 0)" }.joined(separator: ", ")
            throw ServiceError.invalid(ServiceMessage(
                nl: "Elke taal moet evenveel hulplinks hebben (nu \(described)).",
                en: "Every language must have as many help links (now \(described))."))
        }
        let count = counts.first ?? 0
        return try (0..<count).map { index in
            var names: [String: String] = [:]
            var descriptions: [String: String] = [:]
            var url: String?
            for language in languages {
                let cells = rows[language]![index]
                guard let name = cells.first, !name.isEmpty else {
                    throw ServiceError.invalid(ServiceMessage(
                        nl: "Hulplink \(index + 1) in '\(language)' heeft geen naam.", en: "Help link \(index + 1) in '\(language)' has no name."))
                }
                names[language] = name
                if cells.count > 1, !cells[1].isEmpty {
                    if let earlier = url, earlier != cells[1] {
                        throw ServiceError.invalid(ServiceMessage(
                            nl: "Hulplink \(index + 1) heeft in de talen verschillende adressen ('\(earlier)', '\(cells[1])').",
                            en: "Help link \(index + 1) has different addresses in the languages ('\(earlier)', '\(cells[1])')."))
                    }
                    url = cells[1]
                }
                if cells.count > 2, !cells[2...].joined(separator: "|").isEmpty { descriptions[language] = cells[2...].joined(separator: "|") }
            }
            return HelpLink(name: LocalizedText(names), description: descriptions.isEmpty ? nil : LocalizedText(descriptions), url: url)
        }
    }
}
