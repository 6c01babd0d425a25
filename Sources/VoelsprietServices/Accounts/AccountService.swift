import Foundation
import HummingbirdBcrypt
import NIOConcurrencyHelpers
import NIOPosix
import VoelsprietStorage
import VoelsprietWorkspace

/// Accounts: log-in (with the throttle and the second factor), passwords and their rules,
/// two-factor sign-in, and the admin's account management. The web and the CLI both come
/// here, so the same checks hold whichever way an account is touched.
public struct AccountService: Sendable {
    let repositories: Repositories
    let audit: AuditService
    let throttle: LoginThrottle
    /// Second-factor codes have a throttle of their own, which a right password does not reset.
    let codeThrottle: LoginThrottle
    let bcryptCost: UInt8
    /// A hash of the same cost as real ones, checked when the name is unknown, so that an
    /// unknown name takes as long as a wrong password; made at the first log-in (commands that
    /// never log anyone in do not pay for it).
    let standIn: StandInHash

    public init(repositories: Repositories, bcryptCost: UInt8, throttle: LoginThrottle = LoginThrottle()) {
        self.repositories = repositories
        self.audit = AuditService(repositories: repositories)
        self.throttle = throttle
        self.codeThrottle = LoginThrottle(perPair: throttle.perPair, perClient: throttle.perClient, perName: throttle.perPair)
        self.bcryptCost = bcryptCost
        self.standIn = StandInHash(cost: bcryptCost)
    }

    // MARK: - Log-in

    /// What comes after a correct password.
    public enum NextStep: Sendable, Equatable {
        case done
        /// The account has two-factor sign-in: a code is due before the session is full.
        case twoFactor
    }

    public enum LoginResult: Sendable {
        case success(User, NextStep)
        case wrong
        case throttled
    }

    /// Checks a log-in. `client` is the throttle's key for where the attempt comes from
    /// (`LoginThrottle`); it is held in memory only, never stored or logged.
    public func logIn(username typed: String, password: String, client: String = "unknown") async throws -> LoginResult {
        let username = Username.normalised(String(typed.prefix(100)))
        let user = try await repositories.users.find(username: username)
        // The name the audit row names: the account's when it exists, never what was typed
        // otherwise (a password typed into the name field must not be kept for ever).
        let actor = user?.username ?? "unknown-account"
        // Reserved before the slow check, so that parallel guesses cannot all get through.
        guard let reservation = throttle.reserve(name: username, client: client) else {
            // Once per window, not once per refused attempt: the trail is not to be flooded.
            if throttle.firstRefusal(username) { try await audit.record(name: actor, .loginThrottled) }
            return .throttled
        }
        // The same bcrypt work whether or not the name exists (a stand-in hash of the same cost).
        let valid = try await verify(String(password.prefix(PasswordPolicy.maximumLength)), hash: user?.passwordHash ?? standIn.value)
        guard let user, valid, !user.disabled else {
            throttle.fail(reservation)
            try await audit.record(name: actor, .loginFailed, detail: user?.disabled == true ? "disabled" : "")
            return .wrong
        }
        throttle.succeed(reservation)
        if user.hasTwoFactor { return .success(user, .twoFactor) }
        try await audit.record(.user(user), .login)
        return .success(user, .done)
    }

    /// The second step of a log-in: true when `code` is the account's current TOTP code and
    /// has not been used before.
    public func verifySecondFactor(_ user: User, code: String, client: String = "unknown", at date: Date = Date()) async throws -> Bool {
        guard let secret = user.totpSecret, let reservation = codeThrottle.reserve(name: user.username, client: client) else { return false }
        guard let step = TOTP(secret: secret).matchingStep(code, at: date),
            try await repositories.users.claimTOTPStep(username: user.username, step: step)
        else {
            codeThrottle.fail(reservation)
            try await audit.record(.user(user), .twoFactorFailed)
            return false
        }
        codeThrottle.succeed(reservation)
        try await audit.record(.user(user), .login, detail: "two-factor")
        return true
    }

    // MARK: - Passwords

    /// Replaces the account's password after checking the current one and the rules; ends
    /// the account's other sessions (`keepingSession`, the one asking, stays).
    public func changePassword(_ user: User, current: String, new: String, keepingSession: String?) async throws {
        guard try await verify(current, hash: user.passwordHash) else {
            throw ServiceError.invalid(ServiceMessage(nl: "Het huidige wachtwoord klopt niet.", en: "The current password is wrong."))
        }
        var problems = PasswordPolicy.problems(password: new, username: user.username)
        if new == current { problems.append(.sameAsCurrent) }
        if !problems.isEmpty { throw ServiceError.invalid(Self.describe(problems)) }
        let hash = try await hash(new)
        let name = user.username
        try await repositories.transaction { tx in
            try await tx.users.setPassword(username: name, passwordHash: hash, mustChange: false)
            try await tx.sessions.deleteAll(username: name, keeping: keepingSession)
            try await tx.audit.append(AuditEntry(actor: name, action: .passwordChanged))
        }
    }

    /// The rules broken, in words.
    public static func describe(_ problems: [PasswordPolicy.Problem]) -> ServiceMessage {
        let texts: [(String, String)] = problems.map {
            switch $0 {
            case .tooShort: ("minstens \(PasswordPolicy.minimumLength) tekens", "at least \(PasswordPolicy.minimumLength) characters")
            case .tooLong: ("hoogstens \(PasswordPolicy.maximumLength) tekens", "at most \(PasswordPolicy.maximumLength) characters")
            case .containsUsername: ("niet uw gebruikersnaam", "not your user name")
            case .common: ("geen veelgebruikt wachtwoord", "not a common password")
            case .sameAsCurrent: ("anders dan het huidige", "different from the current one")
            }
        }
        return ServiceMessage(
            nl: "Het nieuwe wachtwoord moet zijn: " + texts.map(\.0).joined(separator: "; ") + ".",
            en: "The new password must be: " + texts.map(\.1).joined(separator: "; ") + ".")
    }

    // MARK: - Account management (admins, and the CLI)

    /// Creates an account with a random one-time password, which must be changed at first log-in.
    public func createAccount(username typed: String, roleName: String, by actor: Actor) async throws -> (User, password: String) {
        try requireAdmin(actor)
        let username = Username.normalised(typed)
        guard Username.isValid(username) else {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "Een gebruikersnaam is 2–40 tekens a–z, 0–9, punt, _ of -.",
                    en: "A user name is 2–40 of a–z, 0–9, dot, _ and -."))
        }
        guard let role = UserRole(rawValue: roleName.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw ServiceError.invalid(
                ServiceMessage(nl: "Onbekende rol '\(roleName)'; kies admin of researcher.", en: "Unknown role '\(roleName)'; choose admin or researcher."))
        }
        let password = PasswordGenerator.generate()
        let user = User(username: username, passwordHash: try await hash(password), role: role, mustChangePassword: true)
        let actorName = actor.auditName
        do {
            try await repositories.transaction { tx in
                try await tx.users.create(user)
                try await tx.audit.append(AuditEntry(actor: actorName, action: .accountCreated, detail: "\(username) \(role.rawValue)"))
            }
        } catch StorageError.duplicate {
            throw ServiceError.conflict(ServiceMessage(nl: "Er is al een account '\(username)'.", en: "An account '\(username)' exists already."))
        }
        return (user, password)
    }

    /// A new one-time password for an account; its sessions end.
    public func resetPassword(username typed: String, by actor: Actor) async throws -> String {
        try requireAdmin(actor)
        let username = Username.normalised(typed)
        _ = try await existing(username)
        let password = PasswordGenerator.generate()
        let hash = try await hash(password)
        let actorName = actor.auditName
        try await repositories.transaction { tx in
            try await tx.users.setPassword(username: username, passwordHash: hash, mustChange: true)
            try await tx.sessions.deleteAll(username: username, keeping: nil)
            try await tx.audit.append(AuditEntry(actor: actorName, action: .passwordReset, detail: username))
        }
        return password
    }

    public func setRole(username typed: String, roleName: String, by actor: Actor) async throws {
        try requireAdmin(actor)
        let username = Username.normalised(typed)
        guard let role = UserRole(rawValue: roleName.lowercased()) else {
            throw ServiceError.invalid(
                ServiceMessage(nl: "Onbekende rol '\(roleName)'; kies admin of researcher.", en: "Unknown role '\(roleName)'; choose admin or researcher."))
        }
        let user = try await existing(username)
        if user.role == role { return }
        let actorName = actor.auditName
        try await repositories.transaction { tx in
            if user.role == .admin { try await Self.keepOneAdmin(tx, except: username) }
            try await tx.users.setRole(username: username, role: role)
            try await tx.audit.append(
                AuditEntry(actor: actorName, action: .accountRoleChanged, detail: "\(username) \(user.role.rawValue) → \(role.rawValue)"))
        }
    }

    /// Disables (every session ends at once) or enables an account.
    public func setDisabled(username typed: String, disabled: Bool, by actor: Actor) async throws {
        try requireAdmin(actor)
        let username = Username.normalised(typed)
        let user = try await existing(username)
        if disabled, username == actor.user?.username {
            throw ServiceError.invalid(ServiceMessage(nl: "U kunt uw eigen account niet uitschakelen.", en: "You cannot disable your own account."))
        }
        let actorName = actor.auditName
        try await repositories.transaction { tx in
            if disabled, user.role == .admin { try await Self.keepOneAdmin(tx, except: username) }
            try await tx.users.setDisabled(username: username, disabled: disabled)
            if disabled { try await tx.sessions.deleteAll(username: username, keeping: nil) }
            try await tx.audit.append(AuditEntry(actor: actorName, action: disabled ? .accountDisabled : .accountEnabled, detail: username))
        }
    }

    public func accounts(for actor: Actor) async throws -> [User] {
        try requireAdmin(actor)
        return try await repositories.users.all()
    }

    /// On first start (no accounts), creates `admin`. A generated password is returned to be
    /// shown once and must be changed at first log-in; one given by the operator need not.
    public func ensureFirstAdmin(initialPassword: String?) async throws -> (created: Bool, generated: String?) {
        guard try await repositories.users.count() == 0 else { return (false, nil) }
        let password = initialPassword ?? PasswordGenerator.generate()
        let user = User(username: "admin", passwordHash: try await hash(password), role: .admin, mustChangePassword: initialPassword == nil)
        do {
            try await repositories.transaction { tx in
                try await tx.users.create(user)
                try await tx.audit.append(AuditEntry(actor: "system", action: .accountCreated, detail: "admin admin"))
            }
        } catch StorageError.duplicate {
            return (false, nil)  // another server process created it first
        }
        return (true, initialPassword == nil ? password : nil)
    }

    // MARK: - Two-factor sign-in

    /// What the set-up page shows: the secret (to type in) and the address for the QR code.
    public struct TwoFactorSetup: Sendable {
        public let secret: [UInt8]
        public var base32: String { Base32.encode(secret) }
        public let uri: String
    }

    public func beginTwoFactor(_ user: User, secret: [UInt8] = TOTP.randomSecret()) -> TwoFactorSetup {
        TwoFactorSetup(secret: secret, uri: TOTP(secret: secret).provisioningURI(account: user.username, issuer: "Voelspriet"))
    }

    /// Turns two-factor sign-in on once the app shows a matching code for `secretBase32`.
    public func confirmTwoFactor(
        _ user: User, secretBase32: String, code: String, keepingSession: String? = nil, at date: Date = Date()
    ) async throws {
        if user.hasTwoFactor {
            throw ServiceError.conflict(
                ServiceMessage(
                    nl: "Inloggen in twee stappen staat al aan; zet het eerst uit (met uw wachtwoord) om een nieuwe sleutel te kiezen.",
                    en: "Two-step sign-in is on already; turn it off first (with your password) to choose a new key."))
        }
        guard let secret = Base32.decode(secretBase32), secret.count >= 16 else {
            throw ServiceError.invalid(ServiceMessage(nl: "De sleutel is ongeldig; begin opnieuw.", en: "The key is invalid; start again."))
        }
        guard let step = TOTP(secret: secret).matchingStep(code, at: date) else {
            throw ServiceError.invalid(
                ServiceMessage(
                    nl: "De code klopt niet; controleer de tijd op uw telefoon en probeer de volgende code.",
                    en: "The code is wrong; check your phone's clock and try the next code."))
        }
        let name = user.username
        try await repositories.transaction { tx in
            try await tx.users.setTOTPSecret(username: name, secret: secret)
            _ = try await tx.users.claimTOTPStep(username: name, step: step)
            // Sessions that began without the second factor end (this one stays, the caller decides).
            try await tx.sessions.deleteAll(username: name, keeping: keepingSession)
            try await tx.audit.append(AuditEntry(actor: name, action: .twoFactorEnabled))
        }
    }

    public func disableTwoFactor(_ user: User, password: String, keepingSession: String? = nil) async throws {
        guard try await verify(password, hash: user.passwordHash) else {
            throw ServiceError.invalid(ServiceMessage(nl: "Het wachtwoord klopt niet.", en: "The password is wrong."))
        }
        let name = user.username
        try await repositories.transaction { tx in
            try await tx.users.setTOTPSecret(username: name, secret: nil)
            try await tx.sessions.deleteAll(username: name, keeping: keepingSession)
            try await tx.audit.append(AuditEntry(actor: name, action: .twoFactorDisabled))
        }
    }

    // MARK: - Helpers

    func requireAdmin(_ actor: Actor) throws {
        if let user = actor.user, user.role != .admin {
            throw ServiceError.forbidden(ServiceMessage(nl: "Alleen voor beheerders.", en: "For admins only."))
        }
    }

    func existing(_ username: String) async throws -> User {
        guard let user = try await repositories.users.find(username: username) else {
            throw ServiceError.notFound(ServiceMessage(nl: "Er is geen account '\(username)'.", en: "There is no account '\(username)'."))
        }
        return user
    }

    /// Inside the change's transaction, with the admin accounts locked, so that two admins
    /// demoting or disabling each other at once cannot both succeed.
    static func keepOneAdmin(_ tx: Transaction, except username: String) async throws {
        try await tx.users.lockAdmins()
        let others = try await tx.users.all().filter { $0.role == .admin && !$0.disabled && $0.username != username }
        if others.isEmpty {
            throw ServiceError.invalid(
                ServiceMessage(nl: "Er moet altijd een actieve beheerder blijven.", en: "There must always be an active admin."))
        }
    }

    /// bcrypt is deliberately slow: keep it off the cooperative thread pool.
    func hash(_ password: String) async throws -> String {
        let cost = bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}

/// A bcrypt hash of a random password, computed once on first use.
final class StandInHash: Sendable {
    let cost: UInt8
    private let hash = NIOLockedValueBox<String?>(nil)

    init(cost: UInt8) {
        self.cost = cost
    }

    var value: String {
        hash.withLockedValue { hash in
            if let hash { return hash }
            let made = Bcrypt.hash(PasswordGenerator.generate(), cost: cost)
            hash = made
            return made
        }
    }
}
