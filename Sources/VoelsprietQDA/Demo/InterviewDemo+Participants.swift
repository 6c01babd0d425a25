// The demo study's participants and the attributes (variables) they have. All invented.

extension InterviewDemo {
    /// Variable names, as the attribute keys of `participants()` use them.
    public enum VariableName {
        public static let sector = "sector"
        public static let programme = "opleiding"
        public static let studyYear = "studiejaar"
        public static let yearsOfExperience = "jaren werkervaring"
        public static let ownExperience = "eigen ervaring"
        public static let disclosed = "eigen ervaring gedeeld"
    }

    /// The variables to create before saving the participants, in display order.
    public static func variables() -> [Variable] {
        [
            Variable(name: VariableName.sector, type: .text, description: "Werkveld van de professional."),
            Variable(name: VariableName.programme, type: .text, description: "Opleiding van de student."),
            Variable(name: VariableName.studyYear, type: .integer, description: "Studiejaar (bachelor en master samen)."),
            Variable(name: VariableName.yearsOfExperience, type: .integer, description: "Jaren werkervaring in het veld."),
            Variable(name: VariableName.ownExperience, type: .boolean, description: "Zelf een onveilige thuissituatie meegemaakt."),
            Variable(name: VariableName.disclosed, type: .boolean, description: "Eigen ervaring gedeeld op het werk of de opleiding."),
        ]
    }

    /// Every participant of `sources()`: Prof1–Prof5 and Stud1–Stud3 (interviews), Prof9–Prof13
    /// and Stud4–Stud6 (focus groups). A participant who did not say leaves the variable out.
    public static func participants() -> [DemoParticipant] {
        [
            professional("Prof1", sector: "jeugdzorg", years: 12, own: true, disclosed: true),
            professional("Prof2", sector: "Veilig Thuis", years: 7, own: true, disclosed: false),
            professional("Prof3", sector: "ggz", years: 19, own: true, disclosed: true),
            professional("Prof4", sector: "vrouwenopvang", years: 4, own: true, disclosed: true),
            professional("Prof5", sector: "jeugdbescherming", years: 15, own: false, disclosed: nil),
            student("Stud1", programme: "social work (hbo)", year: 3, own: true, disclosed: true),
            student("Stud2", programme: "pedagogiek (hbo, deeltijd)", year: 4, own: true, disclosed: false, years: 3),
            student("Stud3", programme: "orthopedagogiek (master, universiteit)", year: 4, own: true, disclosed: true),
            professional("Prof9", sector: "jeugdzorg", years: 9, own: true, disclosed: true),
            professional("Prof10", sector: "Veilig Thuis", years: 11, own: nil, disclosed: nil),
            professional("Prof11", sector: "vrouwenopvang", years: 6, own: true, disclosed: true),
            professional("Prof12", sector: "ggz", years: 14, own: nil, disclosed: nil),
            professional("Prof13", sector: "lokaal team", years: 8, own: false, disclosed: nil),
            student("Stud4", programme: "social work (hbo)", year: 3, own: true, disclosed: true),
            student("Stud5", programme: "pedagogiek (hbo)", year: 4, own: false, disclosed: nil),
            student("Stud6", programme: "toegepaste psychologie (hbo)", year: 3, own: true, disclosed: nil),
        ]
    }

    private static func professional(_ label: String, sector: String, years: Int, own: Bool?, disclosed: Bool?) -> DemoParticipant {
        var values: [String: VariableValue] = [
            VariableName.sector: .text(sector), VariableName.yearsOfExperience: .integer(years),
        ]
        experience(own, disclosed, into: &values)
        return DemoParticipant(label: label, types: [.professional], attributes: values)
    }

    private static func student(
        _ label: String, programme: String, year: Int, own: Bool?, disclosed: Bool?, years: Int? = nil
    ) -> DemoParticipant {
        var values: [String: VariableValue] = [
            VariableName.programme: .text(programme), VariableName.studyYear: .integer(year),
        ]
        if let years { values[VariableName.yearsOfExperience] = .integer(years) }
        experience(own, disclosed, into: &values)
        return DemoParticipant(label: label, types: [.student], attributes: values)
    }

    private static func experience(_ own: Bool?, _ disclosed: Bool?, into values: inout [String: VariableValue]) {
        if let own { values[VariableName.ownExperience] = .boolean(own) }
        if let disclosed { values[VariableName.disclosed] = .boolean(disclosed) }
    }
}
