import Foundation

/// What a member may do inside one study. A study's members each have exactly one role.
///
/// Roles are ordered from most to fewest rights; the rights themselves are data, in
/// `AccessPolicy`, not derived from this order.
public enum StudyRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Everything in the study: members, contact details, closing and deletion.
    case lead
    /// Answers, exports, reports, coding and screening; no contact details, no members.
    case analyst
    /// Only the interview and screening work assigned to them; the aggregate report.
    case coder
    /// The aggregate report only, with small groups always suppressed and no open answers.
    case viewer

    public static func < (lhs: StudyRole, rhs: StudyRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a role name as typed (case and surrounding spaces ignored).
    public init?(name: String) {
        self.init(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// What an account may do outside any study.
public enum UserRole: String, Sendable, Codable, CaseIterable {
    /// Manages accounts (create, disable, change role, reset passwords) and sees account
    /// events; sees a study's content only after adding themselves as a member.
    case admin
    /// Creates studies (and becomes their lead) and works in the studies they are a member of.
    case researcher
}
