import Foundation
import Hummingbird
import NIOCore
import VoelsprietDomain
import VoelsprietServices
import VoelsprietStorage

/// The respondent side: introduction, step-by-step questionnaire, thanks, withdrawal, contact.
///
/// Branching is applied on the server, one step at a time; answers of earlier steps travel
/// in hidden fields, so nothing is stored until the respondent sends the last page.
struct RespondentController: Sendable {
    let web: WebContext
    var session: RespondentSession { RespondentSession(csrf: web.csrf) }

    func addRoutes(to router: Router<AppRequestContext>) {
        let router = router.group().add(middleware: RejectionLogMiddleware(log: web.rejections))
        router.get("/s/:slug", use: introduction)
        router.post("/s/:slug", use: advance)
        router.get("/s/:slug/thanks", use: thanks)
        router.get("/s/:slug/withdraw", use: withdrawForm)
        router.post("/s/:slug/withdraw", use: withdraw)
        router.get("/s/:slug/contact", use: contactForm)
        router.post("/s/:slug/contact", use: contact)
    }

    // MARK: - Pages

    @Sendable func introduction(_ request: Request, context: AppRequestContext) async throws -> Response {
        let test = session.isTest(request, slug: context.parameters.get("slug") ?? "")
        return try await showPage(request, context, requireOpen: !test, test: test, template: "intro", path: "") { study, t, csrf in
            let instrument = study.instrument
            let introduction = study.texts.introduction ?? instrument.introduction
            let paragraphs = (introduction?.text(in: t.lang) ?? "").components(separatedBy: "\n\n")
                .filter { !$0.isEmpty }
            let title = instrument.title.text(in: t.lang)
            return (
                title,
                IntroViewModel(
                    t: t, title: title, paragraphs: paragraphs, action: "/s/\(study.slug)", csrf: csrf,
                    withdrawURL: "/s/\(study.slug)/withdraw?lang=\(t.lang)")
            )
        }
    }

    @Sendable func advance(_ request: Request, context: AppRequestContext) async throws -> Response {
        let posted: PostedForm
        switch try await receive(request, context, requireOpen: false) {
        case .answered(let response): return response
        case .ready(let form): posted = form
        }
        let (slug, form, study) = (posted.slug, posted.form, posted.study)
        var t = posted.t
        let action = form.first("_action") ?? ""
        // The language switch of a step or the review page: the same page in the other language,
        // with what was typed kept.
        let canSwitch = study.instrument.languages.contains(t.otherLang)
        if action == "language", canSwitch { t = UIText.forLanguage(t.otherLang) }
        let test = session.isTest(request, slug: slug)
        // The respondent's start, signed: made at the first step, carried to the last.
        let postedStamp = form.first("_started")
        let stamp = postedStamp.flatMap { session.started($0) == nil ? nil : $0 } ?? session.startStamp()
        if study.status != .open && !test, let refused = closedRefusal(study, t, stamp: postedStamp) { return refused }
        let csrf = form.first("_csrf")!
        let entry = try await web.studies.entry(slug)
        guard let validator = entry.validator, let navigator = entry.navigator else { return notFound(t) }
        let instrument = study.instrument

        let raw = RawAnswers(formPairs: form.pairs.filter { !$0.0.hasPrefix("_") })
        let accepted = validator.validate(raw, hidden: .discard, scope: []).answers
        let positions = navigator.positionCount
        var trail = (form.first("_trail") ?? "").split(separator: ",").compactMap { Int($0) }
            .filter { (0..<positions).contains($0) }
        trail = Array(trail.prefix(positions))
        let at = min(max(Int(form.first("_at") ?? "") ?? 0, 0), positions)
        // One token per filled-in questionnaire, made at the first step and carried to the last:
        // the answers are stored once however often the final page is sent (see SubmissionToken).
        let submission = form.first("_submission").flatMap { SubmissionToken($0) } ?? .generate()
        let carriedFields = [
            StepViewModel.Hidden(name: "_submission", value: submission.text), StepViewModel.Hidden(name: "_started", value: stamp),
        ]

        func show(_ step: FormStep, trail: [Int], values: RawAnswers, carried: AnswerSet, problems: [AnswerProblem] = [])
            -> Response
        {
            var model = StepViewModel(
                instrument: instrument, step: step, t: t, action: "/s/\(slug)", csrf: csrf, trail: trail, values: values,
                carried: carried, problems: problems, seed: submission.text)
            model.hidden.insert(contentsOf: carriedFields, at: 0)
            // "Step 5 of about 12": the steps of this respondent's branch as the answers so far decide it.
            let branch = navigator.steps(answers: carried).count
            model.stepTotal = max(model.stepNumber, branch)
            model.progressPercent = min(100, Int((Double(model.stepNumber - 1) / Double(max(1, model.stepTotal)) * 100).rounded()))
            model.switchLanguage = canSwitch
            let title = model.sectionTitle
            return web.renderer.response(
                "step", page(study, t, title: title, switchPath: nil, test: test, model),
                status: problems.isEmpty ? .ok : .unprocessableContent)
        }
        func review(trail: [Int], carried: AnswerSet, busy: Duration? = nil) -> Response {
            let hidden = carriedFields + carried.rawAnswers.fields.sorted { $0.key < $1.key }.flatMap { field, value in
                value.strings.map { StepViewModel.Hidden(name: field, value: $0) }
            }
            let model = ReviewViewModel(
                t: t, action: "/s/\(slug)", csrf: csrf, at: positions, trail: trail.map(String.init).joined(separator: ","),
                hidden: hidden, busy: busy.map { _ in t.busyText }, switchLanguage: canSwitch)
            var response = web.renderer.response(
                "review", page(study, t, title: t.reviewTitle, switchPath: nil, test: test, model), status: busy == nil ? .ok : .tooManyRequests)
            if let busy { response.headers[.retryAfter] = String(IntakeRateLimit.retryAfterSeconds(busy)) }
            return response
        }

        switch action {
        case "language":
            guard let current = navigator.step(from: at, answers: accepted.restricted(before: at, in: instrument)) else {
                return review(trail: trail, carried: accepted)
            }
            return show(current, trail: trail, values: raw, carried: accepted)

        case "start":
            guard let first = navigator.step(from: 0, answers: AnswerSet()) else { return review(trail: [], carried: accepted) }
            return show(first, trail: [], values: RawAnswers(), carried: AnswerSet())

        case "back":
            guard let previous = trail.popLast(),
                let step = navigator.step(from: previous, answers: accepted.restricted(before: previous, in: instrument))
            else {
                return try await introduction(request, context: context)
            }
            return show(step, trail: trail, values: accepted.rawAnswers, carried: accepted)

        case "next":
            guard let current = navigator.step(from: at, answers: accepted.restricted(before: at, in: instrument)) else {
                return review(trail: trail, carried: accepted)
            }
            let scoped = validator.validate(raw, hidden: .discard, scope: Set(current.itemIDs))
            let problems = scoped.problems.filter { current.itemIDs.contains($0.itemID) }
            if !problems.isEmpty {
                return show(current, trail: trail, values: raw, carried: scoped.answers, problems: problems)
            }
            trail.append(current.start)
            let answers = scoped.answers
            guard let next = navigator.step(from: current.end, answers: answers.restricted(before: current.end, in: instrument))
            else {
                return review(trail: trail, carried: answers)
            }
            return show(next, trail: trail, values: answers.rawAnswers, carried: answers)

        case "submit":
            let outcome = validator.validate(raw, hidden: .discard)
            let problems = outcome.problems.filter { $0.kind != .unknownField }
            if let firstProblem = problems.first {
                // Send the respondent to the step holding the first problem.
                var stepTrail: [Int] = []
                for step in navigator.steps(answers: outcome.answers) {
                    if step.itemIDs.contains(firstProblem.itemID) {
                        let stepProblems = problems.filter { step.itemIDs.contains($0.itemID) }
                        return show(step, trail: stepTrail, values: raw, carried: outcome.answers, problems: stepProblems)
                    }
                    stepTrail.append(step.start)
                }
                return badRequest(study, t, detail: firstProblem.message(language: t.lang))
            }
            // Too busy: the answers stay on the page, to send again in a moment.
            if let wait = web.intakeLimit.admit(slug, .response) { return review(trail: trail, carried: outcome.answers, busy: wait) }
            let stored: IntakeService.Stored
            do {
                stored = try await web.services.intake.storeResponse(
                    outcome.answers, slug: slug, submission: submission, test: test, language: t.lang, instrumentVersion: study.instrumentVersion)
            } catch StorageError.notFound {
                // The study was deleted while this respondent was on the last page.
                web.studies.invalidate(slug)
                return notFound(t)
            }
            return thanksRedirect(slug: slug, receipt: stored.receipt, language: t.lang)

        default:
            return badRequest(study, t, detail: "Unknown action.")
        }
    }

    // MARK: - Helpers

    enum Lookup {
        case success(Study)
        case failure(Response)
    }

    /// Serves a respondent page by GET: the study (open, when `requireOpen`), the language from
    /// `?lang=`, and the CSRF cookie that the page's form will need.
    func showPage(
        _ request: Request, _ context: AppRequestContext, requireOpen: Bool, test: Bool = false, template: String, path: String,
        _ build: (_ study: Study, _ t: UIText, _ csrf: String) -> (title: String, model: Any)
    ) async throws -> Response {
        let slug = context.parameters.get("slug") ?? ""
        let language = request.uri.queryParameters.get("lang") ?? ""
        let study: Study
        switch try await lookupStudy(slug, language: language, requireOpen: requireOpen) {
        case .failure(let response): return response
        case .success(let found): study = found
        }
        let t = text(study, language)
        let (token, cookie) = web.csrf.token(for: request)
        let (title, model) = build(study, t, token)
        return web.renderer.response(
            template, page(study, t, title: title, switchPath: "/s/\(slug)\(path)", test: test, model), cookies: cookie.map { [$0] } ?? [])
    }

    /// The study when it exists (and is open, when `requireOpen`); otherwise the 404 or 410 page.
    func lookupStudy(_ slug: String, language: String, requireOpen: Bool) async throws -> Lookup {
        guard let study = try await web.studies.entry(slug).study else {
            return .failure(notFound(UIText.forLanguage(language)))
        }
        guard study.status == .open || !requireOpen else {
            let t = text(study, language)
            let model = MessageViewModel(title: t.closedTitle, text: t.closedText, linkURL: nil, linkText: nil)
            return .failure(
                web.renderer.response("message", page(study, t, title: t.closedTitle, switchPath: nil, model), status: .gone))
        }
        return .success(study)
    }

    /// A posted respondent form that passed the checks every POST needs.
    struct PostedForm {
        let slug: String
        let form: FormBody
        let study: Study
        let t: UIText
    }

    enum Posted {
        case ready(PostedForm)
        /// The request was answered already: bad body, unknown or closed study, failed CSRF check.
        case answered(Response)
    }

    /// Reads a posted form and checks its study (existing, and open when `requireOpen`) and
    /// its CSRF token.
    func receive(_ request: Request, _ context: AppRequestContext, requireOpen: Bool) async throws -> Posted {
        let slug = context.parameters.get("slug") ?? ""
        let form: FormBody
        switch await readForm(request, slug: slug) {
        case .failure(let response): return .answered(response)
        case .success(let body): form = body
        }
        let language = form.first("_lang") ?? ""
        let study: Study
        switch try await lookupStudy(slug, language: language, requireOpen: requireOpen) {
        case .failure(let response): return .answered(response)
        case .success(let found): study = found
        }
        let t = text(study, language)
        guard web.csrf.verify(request: request, formToken: form.first("_csrf")) else {
            return .answered(expired(study, t))
        }
        return .ready(PostedForm(slug: slug, form: form, study: study, t: t))
    }

    enum FormRead {
        case success(FormBody)
        case failure(Response)
    }

    func readForm(_ request: Request, slug: String) async -> FormRead {
        let t = UIText.dutch
        do {
            return .success(try await FormBody.read(request, limit: BodyLimit.standard))
        } catch is NIOTooManyBytesError {
            return .failure(message(t, title: t.badRequestTitle, text: "Het formulier is te groot (meer dan 64 KiB). / The form is too large.", status: .contentTooLarge, slug: slug))
        } catch FormBody.Failure.wrongContentType {
            return .failure(message(t, title: t.badRequestTitle, text: "Verwacht een HTML-formulier. / Expected an HTML form.", status: .unsupportedMediaType, slug: slug))
        } catch {
            return .failure(message(t, title: t.badRequestTitle, text: "Het formulier bevat ongeldige tekens (geen UTF-8). / The form contains invalid characters (not UTF-8).", status: .badRequest, slug: slug))
        }
    }

    func text(_ study: Study, _ requested: String) -> UIText {
        let languages = study.instrument.languages
        if languages.contains(requested) { return UIText.forLanguage(requested) }
        return UIText.forLanguage(languages.first ?? "nl")
    }

    func page(_ study: Study, _ t: UIText, title: String, switchPath: String?, test: Bool = false, _ content: Any) -> Page {
        let canSwitch = study.instrument.languages.contains(t.otherLang)
        var layout = LayoutViewModel.respondent(
            t: t, pageTitle: title, study: study.instrument.title.text(in: t.lang),
            switchURL: canSwitch ? switchPath.map { "\($0)?lang=\(t.otherLang)" } : nil, helpLinks: study.helpLinks)
        if test { layout.testBanner = t.testBanner }
        return Page(layout: layout, content: content)
    }

    func message(_ t: UIText, title: String, text: String, status: HTTPResponse.Status, slug: String?) -> Response {
        let model = MessageViewModel(
            title: title, text: text, linkURL: slug.map { "/s/\($0)?lang=\(t.lang)" }, linkText: t.backToStart)
        let layout = LayoutViewModel.respondent(
            t: t, pageTitle: title, study: t.questionnaire, switchURL: nil, helpLinks: HelpLink.defaults)
        return web.renderer.response("message", Page(layout: layout, content: model), status: status)
    }

    func notFound(_ t: UIText) -> Response {
        message(t, title: t.notFoundTitle, text: t.notFoundText, status: .notFound, slug: nil)
    }

    func expired(_ study: Study, _ t: UIText) -> Response {
        let model = MessageViewModel(title: t.badRequestTitle, text: t.csrfText, linkURL: "/s/\(study.slug)?lang=\(t.lang)", linkText: t.backToStart)
        return web.renderer.response("message", page(study, t, title: t.badRequestTitle, switchPath: nil, model), status: .forbidden)
    }

    func badRequest(_ study: Study, _ t: UIText, detail: String) -> Response {
        let model = MessageViewModel(title: t.badRequestTitle, text: detail, linkURL: "/s/\(study.slug)?lang=\(t.lang)", linkText: t.backToStart)
        return web.renderer.response("message", page(study, t, title: t.badRequestTitle, switchPath: nil, model), status: .badRequest)
    }
}
