import Foundation
import Hummingbird
import VoelsprietLiterature
import VoelsprietServices
import VoelsprietStorage

/// The review's settings pages: the search strategy (concept blocks → each database's query),
/// the inclusion criteria and keywords, and a record's own page with its full text and
/// extracted data.
extension LiteratureFeature {
    var settingsRoutes: [StudyRoute] {
        [
            StudyRoute(method: .get, path: "literature/strategy", action: .viewLiterature, handler: strategy),
            StudyRoute(method: .post, path: "literature/strategy", action: .manageLiterature, handler: saveStrategy),
            StudyRoute(method: .get, path: "literature/criteria", action: .manageLiterature, handler: criteria),
            StudyRoute(method: .post, path: "literature/criteria", action: .manageLiterature, handler: saveCriteria),
            StudyRoute(method: .get, path: "literature/records/:record", action: .viewLiterature, handler: recordPage),
            StudyRoute(
                method: .post, path: "literature/records/:record/fulltext", action: .manageLiterature, bodyLimit: BodyLimit.fullText,
                handler: attachFullText),
            StudyRoute(method: .get, path: "literature/records/:record/fulltext", action: .screenLiterature, handler: fullText),
            StudyRoute(method: .post, path: "literature/records/:record/extraction", action: .manageLiterature, handler: saveExtraction),
        ]
    }

    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: Strategy

    /// A block's terms as typed: one per line, `MeSH: …` and `APA: …` for subject headings.
    static func termLines(_ block: ConceptBlock) -> String {
        block.terms.map { term in
            switch term {
            case .text(let text): text
            case .heading(let heading): "\(heading.vocabulary == .mesh ? "MeSH" : "APA"): \(heading.label)"
            }
        }.joined(separator: "\n")
    }

    static func block(name: String, lines: [String]) -> ConceptBlock {
        ConceptBlock(
            name: name,
            terms: lines.map { line in
                for (prefix, vocabulary) in [("mesh:", SubjectHeading.Vocabulary.mesh), ("apa:", .apaThesaurus)]
                where line.lowercased().hasPrefix(prefix) {
                    return .heading(SubjectHeading(vocabulary, line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)))
                }
                return .text(line)
            })
    }

    func strategyPage(_ request: StudyRequest, draft: SearchStrategy? = nil, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let settings = try await web.services.literature.settings(request.access)
        let strategy = draft ?? settings.strategy ?? ReviewSettings.template(referenceYear: 2023).strategy!
        var blocks = strategy.blocks.enumerated().map { StrategyViewModel.Block(index: $0.offset + 1, name: $0.element.name, terms: Self.termLines($0.element)) }
        while blocks.count < 4 { blocks.append(.init(index: blocks.count + 1, name: "", terms: "")) }
        let queries = SearchDatabase.allCases.map { database -> StrategyViewModel.Query in
            do {
                return .init(database: database.rawValue, text: try strategy.query(for: database), problem: nil)
            } catch {
                return .init(database: database.rawValue, text: "", problem: "\(error)")
            }
        }
        let model = StrategyViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s, canManage: request.access.allows(.manageLiterature), blocks: blocks,
            exclude: strategy.exclude.map(Self.termLines) ?? "", fromYear: strategy.fromYear.map(String.init) ?? "",
            toYear: strategy.toYear.map(String.init) ?? "",
            languages: SearchLanguage.allCases.map { .init(value: $0.rawValue, label: $0.rawValue, selected: strategy.languages.contains($0)) },
            fields: SearchStrategy.Fields.allCases.map { .init(value: $0.rawValue, label: $0.rawValue, selected: strategy.fields == $0) },
            queries: queries, notice: request.page.notice(s.notices), error: error)
        return request.render("literature_strategy", title: s.strategyTitle, model, status: status)
    }

    @Sendable func strategy(_ request: StudyRequest) async throws -> Response { try await strategyPage(request) }

    @Sendable func saveStrategy(_ request: StudyRequest) async throws -> Response {
        let form = request.form
        let blocks = (1...4).compactMap { index -> ConceptBlock? in
            let lines = Self.lines(form.first("block\(index)_terms"))
            guard !lines.isEmpty else { return nil }
            let name = (form.first("block\(index)_name") ?? "").trimmingCharacters(in: .whitespaces)
            return Self.block(name: name.isEmpty ? "\(index)" : name, lines: lines)
        }
        let excluded = Self.lines(form.first("exclude_terms"))
        let strategy = SearchStrategy(
            blocks: blocks, exclude: excluded.isEmpty ? nil : Self.block(name: "NOT", lines: excluded),
            fields: SearchStrategy.Fields(rawValue: form.first("fields") ?? "") ?? .titleAbstract,
            fromYear: form.first("from_year").flatMap { Int($0) }, toYear: form.first("to_year").flatMap { Int($0) },
            languages: form.pairs.filter { $0.0 == "language" }.compactMap { SearchLanguage(rawValue: $0.1) })
        do {
            if blocks.isEmpty { throw ServiceError.invalid(ServiceMessage(nl: "Geef ten minste één blok met termen.", en: "Give at least one block of terms.")) }
            _ = try strategy.query(for: .pubmed)
            var settings = try await web.services.literature.settings(request.access)
            settings.strategy = strategy
            try await web.services.literature.saveSettings(request.access, settings)
        } catch let error as ServiceError {
            return try await strategyPage(request, draft: strategy, error: error.message.text(request.language), status: error.httpStatus)
        } catch let error as SearchStrategyError {
            return try await strategyPage(request, draft: strategy, error: error.description, status: .unprocessableContent)
        }
        return request.redirect("literature/strategy", notice: "saved")
    }

    // MARK: Criteria

    func criteriaPage(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let settings = try await web.services.literature.settings(request.access)
        let stages = ScreeningStage.allCases.map { stage -> CriteriaViewModel.Stage in
            let c = settings.criteria(for: stage) ?? InclusionCriteria(version: 1, label: stage.rawValue)
            return .init(
                stage: stage.rawValue, name: s.stageName(stage.rawValue), label: c.label, languages: c.languages.joined(separator: ", "),
                fromYear: c.fromYear.map(String.init) ?? "", toYear: c.toYear.map(String.init) ?? "", topics: c.topics.joined(separator: "\n"),
                settings: c.settings.joined(separator: "\n"), free: c.freeCriteria.joined(separator: "\n"))
        }
        let model = CriteriaViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s, stages: stages, include: settings.includeKeywords.joined(separator: "\n"),
            exclude: settings.excludeKeywords.joined(separator: "\n"), maybeDiscuss: settings.maybePolicy == .needsDiscussion,
            extraction: settings.extractionFields.joined(separator: "\n"), notice: request.page.notice(s.notices), error: error)
        return request.render("literature_criteria", title: s.criteriaTitle, model, status: status)
    }

    @Sendable func criteria(_ request: StudyRequest) async throws -> Response { try await criteriaPage(request) }

    @Sendable func saveCriteria(_ request: StudyRequest) async throws -> Response {
        let form = request.form
        do {
            var settings = try await web.services.literature.settings(request.access)
            for stage in ScreeningStage.allCases {
                let key = stage.rawValue
                let year = { (name: String) throws -> Int? in
                    let text = (form.first("\(key)_\(name)") ?? "").trimmingCharacters(in: .whitespaces)
                    if text.isEmpty { return nil }
                    guard let value = Int(text), (1000...3000).contains(value) else {
                        throw ServiceError.invalid(ServiceMessage(nl: "Een jaar is een getal, zoals 2013.", en: "A year is a number, such as 2013."))
                    }
                    return value
                }
                let previous = settings.criteria(for: stage)
                settings.criteria[key] = InclusionCriteria(
                    version: (previous?.version ?? 0) + 1, label: (form.first("\(key)_label") ?? previous?.label ?? key),
                    languages: (form.first("\(key)_languages") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                        .filter { !$0.isEmpty },
                    fromYear: try year("from"), toYear: try year("to"), topics: Self.lines(form.first("\(key)_topics")),
                    settings: Self.lines(form.first("\(key)_settings")), freeCriteria: Self.lines(form.first("\(key)_free")))
            }
            settings.includeKeywords = Self.lines(form.first("include_keywords"))
            settings.excludeKeywords = Self.lines(form.first("exclude_keywords"))
            settings.maybePolicy = form.first("maybe") == "include" ? .countsAsInclude : .needsDiscussion
            settings.extractionFields = Self.lines(form.first("extraction_fields"))
            try await web.services.literature.saveSettings(request.access, settings)
        } catch let error as ServiceError {
            return try await criteriaPage(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature/criteria", notice: "saved")
    }

    // MARK: A record

    func recordView(_ request: StudyRequest, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let s = ScreeningText.forLanguage(request.language)
        let id = try Self.recordID(request)
        let service = web.services.literature
        let stored = try await service.record(request.access, id: id)
        let canManage = request.access.allows(.manageLiterature)
        let values = try await service.extraction(request.access, record: id)
        let fields = try await service.settings(request.access).extractionFields
        let r = stored.record
        let model = RecordViewModel(
            frame: request.frame, csrf: request.page.csrf, s: s, canManage: canManage, canScreen: request.access.allows(.screenLiterature),
            id: String(stored.id), title: r.title ?? "–", abstract: r.abstract ?? s.abstractMissing,
            fields: [
                ("authors", r.authors.joined(separator: "; ")), ("year", r.year.map(String.init) ?? ""), ("journal", r.journal ?? ""),
                ("volume", r.volume ?? ""), ("issue", r.issue ?? ""), ("pages", r.pages ?? ""), ("doi", r.doi ?? ""), ("pmid", r.pmid ?? ""),
                ("database", r.database ?? ""), ("file", r.sourceFile ?? ""), ("duplicate of", stored.duplicateOf.map { "#\($0)" } ?? ""),
            ].filter { !$0.1.isEmpty }.map { .init(name: $0.0, value: $0.1) },
            extraction: fields.map { .init(name: $0, value: values[$0] ?? "") }, hasExtraction: !fields.isEmpty,
            notice: request.page.notice(s.notices), error: error)
        return request.render("literature_record", title: "\(s.recordTitle) #\(id)", model, status: status)
    }

    @Sendable func recordPage(_ request: StudyRequest) async throws -> Response { try await recordView(request) }

    @Sendable func attachFullText(_ request: StudyRequest) async throws -> Response {
        do {
            let file = request.form.files.first { $0.field == "file" }
            try await web.services.literature.attachFullText(
                request.access, record: try Self.recordID(request), link: request.form.first("link"), fileName: file?.fileName,
                bytes: file?.bytes)
        } catch let error as ServiceError {
            return try await recordView(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature/records/\(request.page.parameter("record"))", notice: "attached")
    }

    @Sendable func fullText(_ request: StudyRequest) async throws -> Response {
        let row = try await web.services.literature.fullText(request.access, record: try Self.recordID(request))
        if let content = row.content {
            var headers = HTTPFields()
            headers[.contentType] = "application/pdf"
            headers[.contentDisposition] = "inline; filename=\"record-\(row.recordID).pdf\""
            headers[.cacheControl] = "no-store"
            // A PDF shown inline runs in the browser's viewer; no scripts of its own.
            headers[.contentSecurityPolicy] = "default-src 'none'; sandbox"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: content)))
        }
        if let link = row.link { return .redirect(to: link, type: .normal) }
        throw ServiceError.notFound(ServiceMessage(nl: "Bij dit record hoort geen volledige tekst.", en: "This record has no full text."))
    }

    @Sendable func saveExtraction(_ request: StudyRequest) async throws -> Response {
        do {
            var values: [String: String] = [:]
            for (name, value) in request.form.pairs where name.hasPrefix("field:") { values[String(name.dropFirst(6))] = value }
            try await web.services.literature.saveExtraction(request.access, record: try Self.recordID(request), values: values)
        } catch let error as ServiceError {
            return try await recordView(request, error: error.message.text(request.language), status: error.httpStatus)
        }
        return request.redirect("literature/records/\(request.page.parameter("record"))", notice: "saved")
    }
}

struct StrategyViewModel {
    struct Block {
        let index: Int
        let name, terms: String
    }

    struct Query {
        let database, text: String
        let problem: String?
    }

    let frame: StudyFrame
    let csrf: String
    let s: ScreeningText
    let canManage: Bool
    let blocks: [Block]
    let exclude, fromYear, toYear: String
    let languages, fields: [ScreenRecordViewModel.Option]
    let queries: [Query]
    let notice, error: String?
}

struct CriteriaViewModel {
    struct Stage {
        let stage, name, label, languages, fromYear, toYear, topics, settings, free: String
    }

    let frame: StudyFrame
    let csrf: String
    let s: ScreeningText
    let stages: [Stage]
    let include, exclude: String
    let maybeDiscuss: Bool
    let extraction: String
    let notice, error: String?
}

struct RecordViewModel {
    struct Field {
        let name, value: String
    }

    let frame: StudyFrame
    let csrf: String
    let s: ScreeningText
    let canManage, canScreen: Bool
    let id, title, abstract: String
    let fields: [Field]
    let extraction: [Field]
    let hasExtraction: Bool
    let notice, error: String?
}
