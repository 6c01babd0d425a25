// The interviews and focus groups of the demo study: ten invented transcripts (eight interviews,
// two focus groups) in Dutch, their participants and the codings of two coders, bundled in
// Resources/demo. Pure: reads only its own bundled resources.
import Foundation

/// The demo study's interview part, for `voelspriet serve --demo`.
///
/// Every transcript starts with a line saying it is invented; no sentence comes from a real
/// interview or from the study report. Codes are named by their path in
/// `CodebookTemplate.study()`. Coders "admin" and "demo-coder2" both coded
/// `sharedSourceFileNames` (for coder agreement); "admin" alone coded the rest.
public enum InterviewDemo {
    /// The coders' usernames, the lead first.
    public static let coders = ["admin", "demo-coder2"]

    /// The transcripts both coders coded.
    public static let sharedSourceFileNames = [
        "interview-prof1.txt", "interview-stud1.txt", "focusgroep-professionals.txt",
    ]

    /// The sources in display order (interviews, then focus groups), each with its bytes and
    /// codings. Throws `InterviewDemoError` when a bundled file is missing or unreadable.
    public static func sources() throws(InterviewDemoError) -> [DemoSource] {
        try catalogue.map { entry throws(InterviewDemoError) in
            let data = try resource(entry.stem, extension: "txt", folder: "transcripts")
            let codings = try codings(stem: entry.stem)
            return DemoSource(
                fileName: entry.stem + ".txt", data: data, kind: entry.kind, participantLabels: entry.participants,
                moderator: entry.kind == .interview ? "Interviewer" : "Gespreksleider", memo: memo(entry.kind),
                codings: codings)
        }
    }

    /// One catalogue line: file stem, kind, participants in speaking order.
    struct Entry {
        let stem: String
        let kind: DemoSourceKind
        let participants: [String]
    }

    static let catalogue: [Entry] = [
        Entry(stem: "interview-prof1", kind: .interview, participants: ["Prof1"]),
        Entry(stem: "interview-prof2", kind: .interview, participants: ["Prof2"]),
        Entry(stem: "interview-prof3", kind: .interview, participants: ["Prof3"]),
        Entry(stem: "interview-prof4", kind: .interview, participants: ["Prof4"]),
        Entry(stem: "interview-prof5", kind: .interview, participants: ["Prof5"]),
        Entry(stem: "interview-stud1", kind: .interview, participants: ["Stud1"]),
        Entry(stem: "interview-stud2", kind: .interview, participants: ["Stud2"]),
        Entry(stem: "interview-stud3", kind: .interview, participants: ["Stud3"]),
        Entry(stem: "focusgroep-professionals", kind: .focusGroup, participants: ["Prof9", "Prof10", "Prof11", "Prof12", "Prof13"]),
        Entry(stem: "focusgroep-studenten", kind: .focusGroup, participants: ["Stud4", "Stud5", "Stud6"]),
    ]

    private static func memo(_ kind: DemoSourceKind) -> String {
        switch kind {
        case .interview: "Verzonnen demotranscript voor de demonstratie van Voelspriet; geen echte deelnemer."
        case .focusGroup: "Verzonnen demofocusgroep voor de demonstratie van Voelspriet; geen echte deelnemers."
        }
    }

    /// The bytes of `demo/<folder>/<name>.<extension>` in the bundle.
    static func resource(_ name: String, extension ext: String, folder: String) throws(InterviewDemoError) -> Data {
        let path = "demo/\(folder)/\(name).\(ext)"
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "demo/\(folder)") else {
            throw .missingResource(path)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .missingResource(path)
        }
    }
}
