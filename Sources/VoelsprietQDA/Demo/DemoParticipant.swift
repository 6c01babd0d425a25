// A participant of the demo study: label, types and attribute values.

/// One invented participant.
public struct DemoParticipant: Sendable, Hashable {
    /// The label used in the transcripts and in quotes ("Prof3", "Stud2").
    public let label: String
    public let types: [ParticipantType]
    /// Values by variable name; every name is one of `InterviewDemo.variables()` and every value
    /// has that variable's type. A variable left out is unknown for this participant.
    public let attributes: [String: VariableValue]

    public init(label: String, types: [ParticipantType], attributes: [String: VariableValue]) {
        self.label = label
        self.types = types
        self.attributes = attributes
    }

    /// The participant as the QDA model holds it.
    public var participant: Participant { Participant(label: label, types: types, attributes: attributes) }

    /// The attribute values as text, the form `InterviewService.saveParticipant` parses by the
    /// variable's type (booleans "true"/"false", integers in digits).
    public var attributeTexts: [String: String] { attributes.mapValues(\.description) }
}
