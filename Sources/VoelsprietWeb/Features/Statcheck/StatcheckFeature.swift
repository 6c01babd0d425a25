import Foundation
import Hummingbird
import VoelsprietAnalysis
import VoelsprietServices
import VoelsprietStatcheck

/// The statistics check for any researcher: paste a text or upload a file (text, Markdown, HTML,
/// Word); every reported test is recomputed and frequency tables are added up. Nothing is stored.
struct StatcheckFeature: ResearcherFeature {
    let web: WebContext

    var pages: [PageRoute] {
        [
            PageRoute(method: .get, path: "/admin/statcheck", requirement: .login) { try await page($0, pasted: "", result: nil, error: nil, status: .ok) },
            PageRoute(method: .post, path: "/admin/statcheck", requirement: .login, bodyLimit: BodyLimit.transcriptUpload, handler: check),
        ]
    }

    struct ViewModel: Sendable {
        let heading: String
        let intro: String
        let error: String?
        let formHTML: String
        let resultHTML: String
    }

    @Sendable func check(_ request: PageRequest) async throws -> Response {
        let english = request.language == "en"
        let pasted = request.form.first("text") ?? ""
        let alpha = Double((request.form.first("alpha") ?? "0.05").replacingOccurrences(of: ",", with: ".")) ?? 0.05
        guard alpha > 0 && alpha < 1 else {
            return try await page(request, pasted: pasted, result: nil, error: english ? "Alpha must lie between 0 and 1." : "Alfa moet tussen 0 en 1 liggen.", status: .unprocessableContent)
        }
        do {
            let lines: [SourceLine]
            if let file = request.form.files.first(where: { $0.field == "file" && !$0.bytes.isEmpty }) {
                lines = try StatcheckInput.lines(data: Data(file.bytes), fileName: file.fileName)
            } else {
                lines = try StatcheckInput.lines(data: Data(pasted.utf8), fileName: "text.txt")
            }
            let report = Statcheck.check(lines: lines, alpha: alpha)
            return try await page(request, pasted: pasted, result: report, error: nil, status: .ok)
        } catch {
            return try await page(request, pasted: pasted, result: nil, error: "\(error)", status: .unprocessableContent)
        }
    }

    func page(_ request: PageRequest, pasted: String, result: StatcheckReport?, error: String?, status: HTTPResponse.Status) async throws -> Response {
        let english = request.language == "en"
        let t = StatcheckText(english: english)
        let e = MarkupEscape.html
        let form = "<form method=\"post\" action=\"/admin/statcheck\" enctype=\"multipart/form-data\" id=\"statcheck-form\">"
            + "<input type=\"hidden\" name=\"_csrf\" value=\"\(e(request.csrf))\">"
            + "<div class=\"item\"><label for=\"statcheck-text\" class=\"question\">\(e(t.text))</label><textarea id=\"statcheck-text\" name=\"text\" rows=\"10\" cols=\"90\">\(e(pasted))</textarea></div>"
            + "<div class=\"item\"><label for=\"statcheck-file\" class=\"question\">\(e(t.file))</label><input type=\"file\" id=\"statcheck-file\" name=\"file\" accept=\".txt,.md,.html,.htm,.docx\"></div>"
            + "<div class=\"item\"><label for=\"statcheck-alpha\" class=\"question\">\(e(t.alpha))</label><input id=\"statcheck-alpha\" name=\"alpha\" value=\"0.05\" size=\"5\"></div>"
            + "<button type=\"submit\" class=\"primary\">\(e(t.check))</button></form>"
        var resultHTML = ""
        if let result { resultHTML = StatcheckResultHTML.html(result, english: english) }
        let model = ViewModel(heading: t.heading, intro: t.intro, error: error, formHTML: form, resultHTML: resultHTML)
        return request.render("statcheck", title: t.heading, model, status: status)
    }
}

struct StatcheckText {
    let heading, intro, text, file, alpha, check: String

    init(english: Bool) {
        if english {
            heading = "Check statistics"
            intro = "Paste a text or choose a file (text, Markdown, HTML or Word). Every reported χ², t, F, r and z test is recomputed from its statistic and degrees of freedom, and frequency tables are added up. Nothing is stored."
            text = "Text"; file = "Or a file"; alpha = "Alpha"; check = "Check"
        } else {
            heading = "Statistiek controleren"
            intro = "Plak een tekst of kies een bestand (tekst, Markdown, HTML of Word). Elke gerapporteerde χ²-, t-, F-, r- en z-toets wordt nagerekend uit de toetsgrootheid en de vrijheidsgraden, en frequentietabellen worden opgeteld. Er wordt niets bewaard."
            text = "Tekst"; file = "Of een bestand"; alpha = "Alfa"; check = "Controleren"
        }
    }
}
