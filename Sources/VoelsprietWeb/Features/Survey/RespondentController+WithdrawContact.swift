import Foundation
import Hummingbird
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage

/// The respondent pages beside the questionnaire: withdrawing answers with the receipt code,
/// and leaving contact details for an interview (sealed until released in batches).
extension RespondentController {
    @Sendable func withdrawForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        // Withdrawal stays possible after a study has closed.
        try await showPage(request, context, requireOpen: false, template: "withdraw", path: "/withdraw") { study, t, csrf in
            (t.withdrawTitle, WithdrawViewModel(t: t, action: "/s/\(study.slug)/withdraw", csrf: csrf, done: false, error: nil, value: ""))
        }
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        // Withdrawal stays possible after a study has closed.
        let posted: PostedForm
        switch try await receive(request, context, requireOpen: false) {
        case .answered(let response): return response
        case .ready(let form): posted = form
        }
        let (slug, form, study, t) = (posted.slug, posted.form, posted.study, posted.t)
        let typed = String((form.first("receipt") ?? "").prefix(40))
        func render(done: Bool, error: String?, status: HTTPResponse.Status) -> Response {
            let model = WithdrawViewModel(
                t: t, action: "/s/\(slug)/withdraw", csrf: form.first("_csrf") ?? "", done: done, error: error,
                value: done ? "" : typed)
            return web.renderer.response(
                "withdraw", page(study, t, title: t.withdrawTitle, switchPath: nil, model), status: status)
        }
        guard let code = ReceiptCode(typed) else { return render(done: false, error: t.withdrawInvalid, status: .unprocessableContent) }
        if web.intakeLimit.admit(slug, .withdrawal) != nil { return render(done: false, error: t.busyText, status: .tooManyRequests) }
        let removed = try await web.services.intake.withdraw(slug: slug, receipt: code)
        return removed
            ? render(done: true, error: nil, status: .ok)
            : render(done: false, error: t.withdrawNotFound, status: .notFound)
    }

    @Sendable func contactForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let offered = try await interviewOffered(context), !offered { return notFound(UIText.forLanguage("")) }
        return try await showPage(request, context, requireOpen: true, template: "contact", path: "/contact") { study, t, csrf in
            (
                t.contactTitle,
                ContactViewModel(
                    t: t, action: "/s/\(study.slug)/contact", csrf: csrf, done: false, error: nil, name: "", email: "",
                    phone: "", note: "", consent: false)
            )
        }
    }

    /// Whether the study offers an interview (nil: no such study); without the offer the contact
    /// form does not exist for it.
    func interviewOffered(_ context: AppRequestContext) async throws -> Bool? {
        try await web.studies.entry(context.parameters.get("slug") ?? "").study?.texts.interviewOffer
    }

    @Sendable func contact(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let offered = try await interviewOffered(context), !offered { return notFound(UIText.forLanguage("")) }
        let posted: PostedForm
        switch try await receive(request, context, requireOpen: true) {
        case .answered(let response): return response
        case .ready(let form): posted = form
        }
        let (slug, form, study, t) = (posted.slug, posted.form, posted.study, posted.t)
        func field(_ name: String, _ limit: Int) -> String {
            // At most `limit` characters and 4 × `limit` bytes (a character may be many scalars).
            // Control characters (other than line breaks in the note) mean nothing here.
            let cleaned = String(String.UnicodeScalarView((form.first(name) ?? "").unicodeScalars.filter {
                !($0.properties.generalCategory == .control && $0 != "\n")
            }))
            var text = String(cleaned.trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
            while text.utf8.count > 4 * limit { text.removeLast() }
            return text
        }
        let name = field("name", 200)
        let email = field("email", 200)
        let phone = field("phone", 40)
        let note = field("note", 1000)
        let consent = form.first("consent") == "yes"
        func render(done: Bool, error: String?, status: HTTPResponse.Status) -> Response {
            let model = ContactViewModel(
                t: t, action: "/s/\(slug)/contact", csrf: form.first("_csrf") ?? "", done: done, error: error, name: name,
                email: email, phone: phone, note: note, consent: consent)
            return web.renderer.response("contact", page(study, t, title: t.contactTitle, switchPath: nil, model), status: status)
        }
        guard consent else { return render(done: false, error: t.contactNeedConsent, status: .unprocessableContent) }
        guard !email.isEmpty || !phone.isEmpty, email.isEmpty || email.contains("@") else {
            return render(done: false, error: t.contactNeedReach, status: .unprocessableContent)
        }
        if web.intakeLimit.admit(slug, .contact) != nil { return render(done: false, error: t.busyText, status: .tooManyRequests) }
        do {
            try await web.services.intake.storeContact(
                ContactDetails(
                    id: UUID().uuidString.lowercased(), studySlug: slug, name: name, email: email, phone: phone, note: note,
                    consent: UIText.contactConsentRecord))
        } catch StorageError.notFound {
            web.studies.invalidate(slug)
            return notFound(t)
        } catch let error as ServiceError {
            return render(done: false, error: error.message.text(t.lang), status: .unprocessableContent)
        }
        return render(done: true, error: nil, status: .ok)
    }
}
