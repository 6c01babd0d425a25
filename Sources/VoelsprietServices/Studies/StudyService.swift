import Foundation
import VoelsprietDomain
import VoelsprietStorage
import VoelsprietWorkspace

/// Studies as workspaces: listing a member's studies, creating one (its creator becomes its
/// lead), the right check every study page and download goes through, open/close, settings,
/// and an admin joining a study (audited).
public struct StudyService: Sendable {
    let repositories: Repositories
    let audit: AuditService
    /// Called after a study changed or was deleted, so caches (the respondent side's) drop it.
    let onChange: @Sendable (String) -> Void

    public init(repositories: Repositories, onChange: @escaping @Sendable (String) -> Void = { _ in }) {
        self.repositories = repositories
        self.audit = AuditService(repositories: repositories)
        self.onChange = onChange
    }

    /// A study with the member's role in it.
    public struct Membership: Sendable {
        public let study: Study
        public let role: StudyRole
    }

    /// The studies `user` is a member of, newest first.
    public func studies(of user: User) async throws -> [Membership] {
        // Only the member's own studies are read (not every study, to filter afterwards).
        var studies: [Membership] = []
        for membership in try await repositories.members.memberships(username: user.username) {
            if let study = try await repositories.studies.find(slug: membership.studySlug) {
                studies.append(Membership(study: study, role: membership.role))
            }
        }
        return studies.sorted { ($1.study.createdOn, $0.study.slug) < ($0.study.createdOn, $1.study.slug) }
    }

    /// Every study's slug, title and leads, for an admin's overview (no content).
    public func directory(for actor: Actor) async throws -> [(study: Study, leads: [String], isMember: Bool)] {
        guard actor.user?.role == .admin else {
            throw ServiceError.forbidden(ServiceMessage(nl: "Alleen voor beheerders.", en: "For admins only."))
        }
        var rows: [(Study, [String], Bool)] = []
        for study in try await repositories.studies.all() {
            let members = try await repositories.members.members(studySlug: study.slug)
            rows.append(
                (study, members.filter { $0.role == .lead }.map(\.username), members.contains { $0.username == actor.auditName }))
        }
        return rows
    }

    /// The right check: the study, when `actor` is a member whose role allows `action`.
    /// A non-member gets `notFound` (the study's existence is not revealed), a member without
    /// the right `forbidden`. Commands on the server may do anything.
    public func access(_ slug: String, as actor: Actor, for action: StudyAction) async throws -> StudyAccess {
        guard Study.isValidSlug(slug), let study = try await repositories.studies.find(slug: slug) else {
            throw ServiceError.noStudy(slug)
        }
        guard let user = actor.user else { return StudyAccess(study: study, role: nil, actor: actor) }
        let role = try await repositories.members.role(studySlug: slug, username: user.username)
        switch AccessDecision.decide(role: role, action: action) {
        case .allowed(let role): return StudyAccess(study: study, role: role, actor: actor)
        case .notAMember: throw ServiceError.noStudy(slug)
        case .forbidden(let role):
            throw ServiceError.forbidden(
                ServiceMessage(
                    nl: "Uw rol in deze studie (\(role.rawValue)) geeft daar geen recht op.",
                    en: "Your role in this study (\(role.rawValue)) does not allow this."))
        }
    }

    /// What a study holds, as its page shows it: responses, and contact details only to
    /// members who may see them (nil otherwise).
    public func counts(_ access: StudyAccess) async throws -> (responses: Int, contacts: Int?) {
        try access.require(.viewStudy)
        let responses = try await repositories.responses.count(studySlug: access.slug)
        let contacts = access.allows(.exportContacts) ? try await repositories.contacts.count(studySlug: access.slug) : nil
        return (responses, contacts)
    }

    /// Checks a new study's address and title; nil when fine.
    public static func problem(slug: String, title: String) -> ServiceMessage? {
        if !Study.isValidSlug(slug) {
            return ServiceMessage(
                nl: "Het adres moet 2–40 tekens a–z, 0–9 of - zijn en met een letter beginnen.",
                en: "The address must be 2–40 of a–z, 0–9 and -, starting with a letter.")
        }
        if title.isEmpty { return ServiceMessage(nl: "Geef de studie een titel.", en: "Give the study a title.") }
        return nil
    }

    /// Creates an open study with `actor` as its lead, in one transaction with its audit row.
    @discardableResult
    public func create(
        slug: String, title: String, instrument: Instrument, helpLinks: [HelpLink]? = nil, by actor: Actor,
        lead: String? = nil
    ) async throws -> Study {
        if let problem = Self.problem(slug: slug, title: title) { throw ServiceError.invalid(problem) }
        // A deleted study's address is not given out again: its audit trail stays its own.
        if try await !repositories.audit.events(studySlug: slug, limit: 1).isEmpty,
            try await repositories.studies.find(slug: slug) == nil
        {
            throw ServiceError.conflict(
                ServiceMessage(
                    nl: "Het adres '\(slug)' hoorde bij een verwijderde studie en wordt niet opnieuw gebruikt; kies een ander.",
                    en: "The address '\(slug)' belonged to a deleted study and is not used again; choose another."))
        }
        let leadName = actor.user?.username ?? lead
        let study = Study(
            slug: slug, title: title, status: .open, instrument: instrument,
            helpLinks: helpLinks ?? RespondentTexts.defaultHelpLinks(for: instrument), createdOn: Clock.today(),
            createdBy: leadName)
        let actorName = actor.auditName
        do {
            try await repositories.transaction { tx in
                try await tx.studies.create(study)
                if let leadName {
                    try await tx.members.add(StudyMember(studySlug: slug, username: leadName, role: .lead, addedOn: Clock.today()))
                    try await tx.audit.append(AuditEntry(actor: actorName, action: .memberAdded, study: slug, detail: "\(leadName) lead"))
                }
                try await tx.audit.append(AuditEntry(actor: actorName, action: .studyCreated, study: slug, detail: title))
            }
        } catch StorageError.duplicate {
            throw ServiceError.conflict(ServiceMessage(nl: "Er is al een studie '\(slug)'.", en: "A study '\(slug)' exists already."))
        } catch StorageError.notFound(let name) {
            throw ServiceError.notFound(ServiceMessage(nl: "Er is geen account '\(name)'.", en: "There is no account '\(name)'."))
        }
        onChange(slug)
        return study
    }

    public func setStatus(_ access: StudyAccess, _ status: StudyStatus) async throws {
        try access.require(.changeStatus)
        let slug = access.slug
        let actorName = access.actor.auditName
        try await repositories.transaction { tx in
            try await tx.studies.setStatus(slug: slug, status: status)
            try await tx.audit.append(AuditEntry(actor: actorName, action: status == .open ? .studyOpened : .studyClosed, study: slug))
        }
        onChange(slug)
    }

    /// Title, retention date (`YYYY-MM-DD` or empty for none) and two-factor requirement.
    /// The study's texts for respondents and its help links, checked (every language of the
    /// instrument, a length limit, web or `tel:` addresses only) and audited.
    public func updateRespondentTexts(_ access: StudyAccess, texts: RespondentTexts, helpLinks: [HelpLink]) async throws {
        try access.require(.manageSettings)
        for text in [texts.introduction, texts.thanks].compactMap({ $0 }) {
            for (language, value) in text.values where value.count > RespondentTexts.maxLength {
                throw ServiceError.invalid(ServiceMessage(
                    nl: "De tekst in '\(language)' is te lang (meer dan \(RespondentTexts.maxLength) tekens).",
                    en: "The text in '\(language)' is too long (more than \(RespondentTexts.maxLength) characters)."))
            }
        }
        for (index, link) in helpLinks.enumerated() {
            if let url = link.url, !(url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("tel:")) {
                throw ServiceError.invalid(ServiceMessage(
                    nl: "Hulplink \(index + 1): het adres moet beginnen met https://, http:// of tel: (nu '\(url)').",
                    en: "Help link \(index + 1): the address must start with https://, http:// or tel: (now '\(url)')."))
            }
        }
        let slug = access.slug
        let actorName = access.actor.auditName
        let detail = "respondent texts; interview offer \(texts.interviewOffer ? "on" : "off"); \(helpLinks.count) help links"
        try await repositories.transaction { tx in
            try await tx.studies.updateRespondentTexts(slug: slug, texts: texts, helpLinks: helpLinks)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .studySettingsChanged, study: slug, detail: detail))
        }
        onChange(slug)
    }

    public func updateSettings(_ access: StudyAccess, title: String, retentionDate: String, requireTwoFactor: Bool) async throws {
        try access.require(.manageSettings)
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, title.count <= 200 else {
            throw ServiceError.invalid(ServiceMessage(nl: "Geef de studie een titel (hoogstens 200 tekens).", en: "Give the study a title (200 characters at most)."))
        }
        var retention: String?
        if !retentionDate.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let day = RetentionDate.parse(retentionDate) else {
                throw ServiceError.invalid(
                    ServiceMessage(
                        nl: "De bewaartermijn moet een datum zijn als 2027-06-30.", en: "The retention date must be a date such as 2027-06-30."))
            }
            retention = day
        }
        let slug = access.slug
        let actorName = access.actor.auditName
        let retentionDay = retention
        let detail = "title=\(title); retention=\(retention ?? "-"); two_factor=\(requireTwoFactor ? "required" : "optional")"
        try await repositories.transaction { tx in
            try await tx.studies.updateSettings(slug: slug, title: title, retentionDate: retentionDay, requireTwoFactor: requireTwoFactor)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .studySettingsChanged, study: slug, detail: detail))
        }
        onChange(slug)
    }

    /// An admin adds themselves to a study as its lead; the act is in the study's trail.
    public func adminJoin(_ slug: String, as actor: Actor) async throws {
        guard let user = actor.user, user.role == .admin else {
            throw ServiceError.forbidden(ServiceMessage(nl: "Alleen voor beheerders.", en: "For admins only."))
        }
        guard Study.isValidSlug(slug), try await repositories.studies.find(slug: slug) != nil else { throw ServiceError.noStudy(slug) }
        if try await repositories.members.role(studySlug: slug, username: user.username) != nil { return }
        try await repositories.transaction { tx in
            try await tx.members.add(StudyMember(studySlug: slug, username: user.username, role: .lead, addedOn: Clock.today()))
            try await tx.audit.append(
                AuditEntry(actor: user.username, action: .adminJoined, study: slug, detail: "\(user.username) lead"))
        }
    }
}
