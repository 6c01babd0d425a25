import Foundation
import Hummingbird
import VoelsprietDomain
import VoelsprietStorage

/// After the last page: the redirect to the thank-you page (POST-redirect-GET) and that page;
/// and the answer to a respondent whose study closed while they were filling it in.
extension RespondentController {
    /// The thank-you page, reached by the redirect after sending (POST-redirect-GET): its receipt
    /// comes from a cookie of this browser session, so a reload shows it again and stores nothing.
    @Sendable func thanks(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = context.parameters.get("slug") ?? ""
        let language = request.uri.queryParameters.get("lang") ?? ""
        guard let study = try await web.studies.entry(slug).study else { return notFound(UIText.forLanguage(language)) }
        let t = text(study, language)
        guard let value = request.cookies[Self.receiptCookie]?.value, let receipt = ReceiptCode(value) else {
            let model = MessageViewModel(
                title: t.thanksTitle, text: t.thanksGoneText, linkURL: "/s/\(slug)?lang=\(t.lang)", linkText: t.backToStart)
            return web.renderer.response("message", page(study, t, title: t.thanksTitle, switchPath: nil, model), status: .notFound)
        }
        let model = ThanksViewModel(
            t: t, receipt: receipt.description, withdrawURL: "/s/\(slug)/withdraw?lang=\(t.lang)",
            contactURL: study.texts.interviewOffer ? "/s/\(slug)/contact?lang=\(t.lang)" : nil,
            thanksText: study.texts.thanks?.text(in: t.lang) ?? t.thanksText)
        let test = session.isTest(request, slug: slug)
        var response = web.renderer.response("thanks", page(study, t, title: t.thanksTitle, switchPath: nil, test: test, model))
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The cookie that carries the receipt from the final POST to the thank-you page: for this
    /// page only, HttpOnly, SameSite=Strict, and gone when the browser closes.
    static let receiptCookie = "vs_receipt"

    func thanksRedirect(slug: String, receipt: ReceiptCode, language: String) -> Response {
        let path = "/s/\(slug)/thanks"
        let cookie = Cookie(
            name: Self.receiptCookie, value: receipt.characters, path: path, secure: web.csrf.secure, httpOnly: true,
            sameSite: .strict)
        var headers = HTTPFields()
        headers[.location] = "\(path)?lang=\(language)"
        headers[.setCookie] = cookie.description
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    /// Nil when a respondent of a closed study may still send (they started before the close and
    /// the grace period is not over); otherwise the closed page, saying so when they were too late.
    func closedRefusal(_ study: Study, _ t: UIText, stamp: String?) -> Response? {
        let started = session.started(stamp)
        let grace = web.configuration.closeGracePeriod
        if RespondentSession.withinGrace(started: started, closedAt: study.closedAt, grace: grace) { return nil }
        let startedBeforeClose = RespondentSession.startedBeforeClose(started: started, closedAt: study.closedAt)
        let model = MessageViewModel(
            title: t.closedTitle, text: startedBeforeClose ? t.closedLateText : t.closedText, linkURL: nil, linkText: nil)
        return web.renderer.response("message", page(study, t, title: t.closedTitle, switchPath: nil, model), status: .gone)
    }
}
