// An invented coded project (texts written for these tests) that exercises what an export must
// carry: nested codes with colours, a deductive code, emoji with skin-tone and ZWJ sequences,
// combining accents, memos with markup characters, participants with every variable type.
import Foundation
import VoelsprietQDA

enum DemoProject {
    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n)) ?? UUID()
    }

    static let interview =
        "Interviewer: Hoe kijk je daarop terug?\nProf8: Ik heb het thuis zelf meegemaakt 😔, en nu 👩🏽‍⚕️ werk ik in de jeugdzorg.\n"
        + "Prof8: Soms helpt het, soms is het te dichtbij. Cafe\u{301} en re\u{301}sume\u{301} schrijf ik met losse accenten.\n"
    static let focusGroup = "Stud6: Op school praten we er weinig over.\nProf8: Bij ons team wel 🙌🏿.\n"

    static func make() -> QDAProject {
        let anna = Coder(id: id(1), name: "Anna de Vries"), bram = Coder(id: id(2), name: "Bram & \"Co\"")
        let codes = [
            Code(id: id(10), name: "Ervaringskennis", description: "Wat iemand weet\nomdat die het meemaakte <kern>", colour: "#AA3300",
                 origin: .deductive, isCodable: false),
            Code(id: id(11), name: "Inzetten", colour: "#00AA33", origin: .inductive, parentID: id(10)),
            Code(id: id(12), name: "Grenzen", description: "Te dichtbij", origin: .deductive, parentID: id(11)),
            Code(id: id(13), name: "Steun & 'erkenning'", colour: "#123456"),
        ]
        let s1 = Source(id: id(20), name: "Interview Prof8", text: interview, participantLabels: ["Prof8"], memo: "Eerste gesprek\tmet tab")
        let s2 = Source(id: id(21), name: "Focusgroep 1", text: focusGroup, participantLabels: ["Prof8", "Stud6"])
        let variables = [
            Variable(name: "sector", type: .text, description: "Werkveld"), Variable(name: "leeftijd", type: .integer),
            Variable(name: "eigen ervaring", type: .boolean), Variable(name: "score", type: .float),
            Variable(name: "interviewdatum", type: .date), Variable(name: "start", type: .dateTime),
        ]
        let participants = [
            Participant(label: "Prof8", types: [.professional, .expertByExperience], attributes: [
                "sector": .text("jeugdzorg"), "leeftijd": .integer(44), "eigen ervaring": .boolean(true), "score": .float(0.000012),
                "interviewdatum": .date("2021-06-14"), "start": .dateTime("2021-06-14T10:00:00Z"),
            ]),
            Participant(label: "Stud6", types: [.student], attributes: ["sector": .text("hbo"), "score": .float(-2.5e21)]),
            Participant(label: "Cl5", types: [.client]),
        ]
        return QDAProject(
            name: "Demo <ervaringskennis>", coders: [anna, bram], codebook: Codebook(codes: codes), sources: [s1, s2],
            variables: variables, participants: participants, codings: codings(s1: s1, s2: s2))
    }

    /// Codings placed by searching the texts (scalar offsets), overlapping, by two coders.
    static func codings(s1: Source, s2: Source) -> [Coding] {
        func range(_ text: String, _ part: String) -> ScalarRange {
            let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
            for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
                return ScalarRange(start: i, end: i + needle.count)
            }
            return ScalarRange(start: 0, end: 1)
        }
        return [
            Coding(id: id(30), sourceID: s1.id, codeID: id(11), coderID: id(1), range: range(s1.text, "zelf meegemaakt 😔"), memo: "kern & <context>"),
            Coding(id: id(31), sourceID: s1.id, codeID: id(12), coderID: id(2), range: range(s1.text, "👩🏽‍⚕️ werk ik")),
            Coding(id: id(32), sourceID: s1.id, codeID: id(12), coderID: id(1), range: range(s1.text, "te dichtbij")),
            Coding(id: id(33), sourceID: s1.id, codeID: id(13), coderID: id(2), range: range(s1.text, "Cafe\u{301} en re\u{301}sume\u{301}")),
            Coding(id: id(34), sourceID: s1.id, codeID: id(11), coderID: id(2), range: range(s1.text, "Soms helpt het, soms is het te dichtbij.")),
            Coding(id: id(35), sourceID: s2.id, codeID: id(13), coderID: id(1), range: range(s2.text, "wel 🙌🏿.\n")),
        ]
    }

    /// The project with codings in a canonical order (the writer sorts them by position).
    static func canonical(_ project: QDAProject) -> QDAProject {
        var p = project
        p.codings.sort { $0.id.uuidString < $1.id.uuidString }
        return p
    }
}
