// The demo participants: every label on a source has a participant, with the right type and
// attribute values that fit the declared variables (as the service would parse them).
import Testing
import VoelsprietQDA

@Suite struct InterviewDemoParticipantTests {
    @Test func everySourceLabelHasAParticipantAndViceVersa() throws {
        let labels = Set(try InterviewDemo.sources().flatMap(\.participantLabels))
        let participants = InterviewDemo.participants()
        #expect(Set(participants.map(\.label)) == labels)
        #expect(participants.count == labels.count)
    }

    @Test func typesFollowTheLabelConvention() {
        for p in InterviewDemo.participants() {
            let expected: ParticipantType = p.label.hasPrefix("Prof") ? .professional : .student
            #expect(p.types == [expected], "\(p.label)")
        }
    }

    @Test func attributesFitTheVariables() {
        let variables = Dictionary(uniqueKeysWithValues: InterviewDemo.variables().map { ($0.name, $0) })
        for p in InterviewDemo.participants() {
            for (name, value) in p.attributes {
                let variable = variables[name]
                #expect(variable?.type == value.type, "\(p.label) \(name)")
                // The text form round-trips through the parser the service uses.
                let text = p.attributeTexts[name] ?? ""
                let parsed = variable.flatMap { VariableValue.parse(text, as: $0.type) }
                #expect(parsed == value, "\(p.label) \(name)")
            }
            #expect(p.participant.label == p.label)
        }
    }

    @Test func professionalsHaveASectorStudentsAProgramme() {
        for p in InterviewDemo.participants() {
            let key = p.types == [.professional] ? InterviewDemo.VariableName.sector : InterviewDemo.VariableName.programme
            #expect(p.attributes[key] != nil, "\(p.label)")
        }
        let withoutExperience = InterviewDemo.participants().filter { p in
            p.attributes[InterviewDemo.VariableName.ownExperience] == .boolean(false)
        }
        #expect(!withoutExperience.isEmpty)
    }
}
