import Foundation
import Hummingbird
import VoelsprietServices
import VoelsprietStorage

/// Rendering and answering researcher pages, shared by every feature.
extension PageRequest {
    /// The frame of a researcher page with the account's menu.
    func layout(_ title: String) -> LayoutViewModel {
        let researcher = context.identity.map {
            LayoutViewModel.ResearcherViewModel(username: $0.username, isAdmin: $0.role == .admin, csrf: csrf)
        }
        return LayoutViewModel.researcher(pageTitle: title, researcher: researcher, language: language)
    }

    /// The session's form token, for the page's forms.
    var csrf: String { context.session?.csrf ?? "" }

    func render(_ template: String, title: String, _ model: Any, status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        web.renderer.response(template, Page(layout: layout(title), content: model), status: status, cookies: cookies)
    }

    /// A redirect after a POST, with a notice key the next page turns into a sentence.
    func redirect(_ path: String, notice: String? = nil) -> Response {
        .redirect(to: notice.map { "\(path)\(path.contains("?") ? "&" : "?")notice=\($0)" } ?? path, type: .normal)
    }

    /// The sentence for `?notice=`; only known keys are shown, never text from the address.
    func notice(_ texts: [String: String]) -> String? {
        query("notice").flatMap { texts[$0] }
    }
}

extension StudyRequest {
    func render(_ template: String, title: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        page.render(template, title: "\(title): \(study.title)", model, status: status)
    }

    func redirect(_ path: String = "", notice: String? = nil) -> Response {
        page.redirect(path.isEmpty ? "/admin/studies/\(study.slug)" : "/admin/studies/\(study.slug)/\(path)", notice: notice)
    }

    /// The frame every study page shares: title, address and the member's navigation.
    var frame: StudyFrame {
        StudyFrame(
            slug: study.slug, title: study.title, roleLabel: workspace.roleName(access.role?.rawValue ?? ""),
            navigation: navigation, csrf: page.csrf)
    }
}

/// The heading and navigation of a study's pages.
struct StudyFrame {
    let slug: String
    let title: String
    let roleLabel: String
    let navigation: [NavigationLink]
    let csrf: String
}

/// Downloads: attachments that are never cached.
enum Download {
    static func response(_ file: ExportFile) -> Response {
        response(ByteBuffer(bytes: file.bytes), filename: file.filename, type: file.contentType)
    }

    static func response(_ body: ByteBuffer, filename: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}
