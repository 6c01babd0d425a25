import VoelsprietStorage
import VoelsprietWorkspace

/// A study's members: list, add, change role, remove. Every change goes with its audit row in
/// one transaction, and a study always keeps at least one lead.
public struct MembershipService: Sendable {
    let repositories: Repositories

    public init(repositories: Repositories) {
        self.repositories = repositories
    }

    public func members(_ access: StudyAccess) async throws -> [StudyMember] {
        try access.require(.manageMembers)
        return try await repositories.members.members(studySlug: access.slug)
    }

    public func add(_ access: StudyAccess, username: String, roleName: String) async throws {
        try access.require(.manageMembers)
        let role = try Self.role(roleName)
        let name = Username.normalised(username)
        guard let account = try await repositories.users.find(username: name) else {
            throw ServiceError.notFound(
                ServiceMessage(
                    nl: "Er is geen account '\(name)'; vraag een beheerder het aan te maken.",
                    en: "There is no account '\(name)'; ask an admin to create it."))
        }
        if account.disabled {
            throw ServiceError.invalid(ServiceMessage(nl: "Het account '\(name)' is uitgeschakeld.", en: "The account '\(name)' is disabled."))
        }
        let slug = access.slug
        let actorName = access.actor.auditName
        do {
            try await repositories.transaction { tx in
                try await tx.members.add(StudyMember(studySlug: slug, username: name, role: role, addedOn: Clock.today()))
                try await tx.audit.append(AuditEntry(actor: actorName, action: .memberAdded, study: slug, detail: "\(name) \(role.rawValue)"))
            }
        } catch StorageError.duplicate {
            throw ServiceError.conflict(
                ServiceMessage(nl: "'\(name)' is al lid van deze studie.", en: "'\(name)' is a member of this study already."))
        }
    }

    public func changeRole(_ access: StudyAccess, username: String, roleName: String) async throws {
        try access.require(.manageMembers)
        let role = try Self.role(roleName)
        let name = Username.normalised(username)
        if name == access.actor.user?.username, role != .lead {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "U kunt uw eigen rol als leider niet verlagen; vraag een andere leider.",
                    en: "You cannot lower your own role as lead; ask another lead."))
        }
        let slug = access.slug
        let actorName = access.actor.auditName
        try await repositories.transaction { tx in
            // The lock first, then the reading: a concurrent change waits and then sees ours.
            try await tx.studies.lock(slug: slug)
            guard let current = try await tx.members.role(studySlug: slug, username: name) else {
                throw Self.notMember(name)
            }
            if current == role { return }
            if current == .lead { try await Self.keepOneLead(tx, slug: slug, leaving: name) }
            try await tx.members.setRole(studySlug: slug, username: name, role: role)
            try await tx.audit.append(
                AuditEntry(actor: actorName, action: .memberRoleChanged, study: slug, detail: "\(name) \(current.rawValue) → \(role.rawValue)"))
        }
    }

    public func remove(_ access: StudyAccess, username: String) async throws {
        try access.require(.manageMembers)
        let name = Username.normalised(username)
        let slug = access.slug
        let actorName = access.actor.auditName
        try await repositories.transaction { tx in
            try await tx.studies.lock(slug: slug)
            guard let current = try await tx.members.role(studySlug: slug, username: name) else { throw Self.notMember(name) }
            if current == .lead { try await Self.keepOneLead(tx, slug: slug, leaving: name) }
            try await tx.members.remove(studySlug: slug, username: name)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .memberRemoved, study: slug, detail: "\(name) \(current.rawValue)"))
        }
    }

    static func role(_ name: String) throws -> StudyRole {
        guard let role = StudyRole(name: name) else {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "Onbekende rol '\(name)'; kies lead, analyst, coder of viewer.",
                    en: "Unknown role '\(name)'; choose lead, analyst, coder or viewer."))
        }
        return role
    }

    static func notMember(_ name: String) -> ServiceError {
        .notFound(ServiceMessage(nl: "'\(name)' is geen lid van deze studie.", en: "'\(name)' is not a member of this study."))
    }

    /// Inside the transaction, with the study locked by the caller, so that two leads removing
    /// each other at once cannot both succeed: the second waits for the first, then counts one lead.
    static func keepOneLead(_ tx: Transaction, slug: String, leaving name: String) async throws {
        let leads = try await tx.members.members(studySlug: slug).filter { $0.role == .lead && $0.username != name }
        if leads.isEmpty {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "Een studie houdt altijd minstens één leider; maak eerst iemand anders leider.",
                    en: "A study always keeps at least one lead; make someone else lead first."))
        }
    }
}
