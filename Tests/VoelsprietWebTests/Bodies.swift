import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// Valid intake bodies for the built-in quickscan.
enum Bodies {
    static let agreementItems = [
        "learn_from_colleagues", "hindered_in_contact",
        "skill_raise_concerns", "skill_connect_reality", "skill_contact_similar", "skill_support_help_seeking",
        "skill_inner_world", "skill_alert_colleagues", "skill_build_expertise", "skill_hard_to_reach", "skill_renew_practice",
        "pitfall_distance_closeness", "pitfall_projection", "pitfall_own_view", "pitfall_emotional_burden",
        "pitfall_identity_overlap", "pitfall_unprocessed",
        "precondition_learned", "precondition_recovery", "precondition_supported", "precondition_organisation_backing",
    ]

    static var professionalWithoutExperience: [String: Any] {
        var body: [String: Any] = [
            "role": "professional", "sector": ["veilig_thuis", "other"], "sector.other": "Huisartsenpost",
            "experience": "no", "knows_others": "yes", "sharing_desirability": "often",
            "sharing_desirability_explanation": "Het hangt af van de cliënt; \"maatwerk\", zeg maar.",
        ]
        for id in agreementItems { body[id] = "4" }
        return body
    }

    static var studentWithExperience: [String: Any] {
        var body: [String: Any] = [
            "role": "student", "institution": "haagse_hogeschool", "study_mode": "part_time", "study_year": "fourth",
            "experience": "past", "experience_forms": ["neglect"], "knows_others": "no", "shares_with": ["nobody"],
            "sharing_desirability": "sometimes", "wish_to_learn": "already_want_more",
            "programme_covers_topic": "2", "programme_attention_personal": "1", "programme_learn_handling": "1",
            "programme_encourages_use": "3", "precondition_safe_internship": "5",
        ]
        for id in agreementItems { body[id] = "5" }
        return body
    }

    static func json(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    static var jsonHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return headers
    }

    /// Posts a body to the intake endpoint.
    static func submit(_ client: any TestClientProtocol, _ body: ByteBuffer, slug: String = "quickscan", headers: HTTPFields = jsonHeaders)
        async throws -> TestResponse
    {
        try await client.execute(uri: "/api/v1/studies/\(slug)/responses", method: .post, headers: headers, body: body)
    }

    /// The problem document of an error response.
    static func problem(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }
}
