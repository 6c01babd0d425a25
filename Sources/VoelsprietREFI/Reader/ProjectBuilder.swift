// Turns a parsed REFI `Project` element into a `QDAProject`: users → coders, codebook → codes,
// variables, cases → participants, text sources → sources with their codings. The parts live in
// extensions (sources, selections, cases); this file holds the state and the simple parts.
import Foundation
import VoelsprietQDA

struct ProjectBuilder {
    let root: XNode
    let locator: SourceLocator
    let options: REFIImportOptions
    let origin: String?
    var log: ImportLog
    var stats: REFIImportStatistics

    var coders: [Coder] = []
    var coderIDs = Set<UUID>()
    var codes: [Code] = []
    var codeIDs = Set<UUID>()
    var notes: [UUID: String] = [:]
    var variables: [Variable] = []
    var variablesByID: [UUID: Variable] = [:]
    var sources: [Source] = []
    var sourceIDs = Set<UUID>()
    var codings: [Coding] = []
    var codingIDs = Set<UUID>()
    var participants: [Participant] = []
    var codingsWithoutUser = 0

    /// The coder of codings whose producer names no user.
    static let unknownCoder = Coder(id: REFIGUID.derived("voelspriet:unknown-coder"), name: "unknown coder")

    init(root: XNode, locator: SourceLocator, options: REFIImportOptions, log: ImportLog, projectFile: String) {
        self.root = root
        self.locator = locator
        self.options = options
        self.log = log
        origin = root.attribute("origin")
        stats = REFIImportStatistics(origin: origin, projectFile: projectFile)
    }

    mutating func build(defaultName: String) throws(REFIError) -> REFIImport {
        readUsers()
        codes = CodeTreeReader.codes(in: root.child("CodeBook")?.child("Codes"), log: &log)
        CodeTreeReader.applyDeductiveSets(root.child("Sets"), to: &codes, log: &log)
        codeIDs = Set(codes.map(\.id))
        stats.codes = codes.count
        readNotes()
        readVariables()
        try readSources()
        try readCases()
        if codingsWithoutUser > 0 {
            log.warn("\(codingsWithoutUser) coding(s) name no creatingUser; they are attributed to \"\(ProjectBuilder.unknownCoder.name)\"")
        }
        noteUnsupportedParts()
        let name = root.attribute("name").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? defaultName
        let project = QDAProject(
            name: name, coders: coders, codebook: Codebook(codes: codes), sources: sources, variables: variables,
            participants: participants, codings: codings)
        return REFIImport(project: project, warnings: log.warnings, statistics: stats)
    }

    private mutating func readUsers() {
        for node in root.child("Users")?.children("User") ?? [] {
            let id = log.guid(node, fallbackKey: "user:\(node.line)")
            guard coderIDs.insert(id).inserted else {
                log.warn("\(log.file), line \(node.line): user \(id.uuidString) is listed twice; the first is kept")
                continue
            }
            let name = node.attribute("name").flatMap { $0.isEmpty ? nil : $0 } ?? node.attribute("id") ?? id.uuidString
            coders.append(Coder(id: id, name: name))
        }
        stats.users = coders.count
    }

    /// The coder for a `creatingUser` value: a listed user, else a coder made for that GUID
    /// (warned once), else the synthetic unknown coder.
    mutating func coder(for raw: String?) -> UUID {
        guard let id = log.reference(raw) else {
            codingsWithoutUser += 1
            if coderIDs.insert(ProjectBuilder.unknownCoder.id).inserted { coders.append(ProjectBuilder.unknownCoder) }
            return ProjectBuilder.unknownCoder.id
        }
        if coderIDs.insert(id).inserted {
            let name = "unknown user " + String(id.uuidString.prefix(8))
            coders.append(Coder(id: id, name: name))
            log.warn("codings name user \(id.uuidString), who is not under <Users>; added as coder \"\(name)\"")
        }
        return id
    }

    /// Notes (`Notes/Note`) by GUID: their inline text, else their description.
    private mutating func readNotes() {
        for node in root.child("Notes")?.children("Note") ?? [] {
            let id = log.guid(node, fallbackKey: "note:\(node.line)")
            if let text = node.child("PlainTextContent")?.nonBlankText ?? node.child("Description")?.nonBlankText {
                notes[id] = text
            }
        }
    }

    /// A memo from an element's `Description` and the notes its `NoteRef`s name, best effort.
    func memo(of node: XNode) -> String? {
        var parts: [String] = []
        if let description = node.child("Description")?.nonBlankText { parts.append(description) }
        for ref in node.children("NoteRef") {
            if let id = log.reference(ref.attribute("targetGUID")), let note = notes[id] { parts.append(note) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private mutating func readVariables() {
        for node in root.child("Variables")?.children("Variable") ?? [] {
            let id = log.guid(node, fallbackKey: "variable:\(node.line)")
            let name = node.attribute("name") ?? id.uuidString
            let rawType = node.attribute("typeOfVariable") ?? ""
            let type = VariableType(rawValue: rawType) ?? .text
            if VariableType(rawValue: rawType) == nil {
                log.warn("variable \"\(name)\": typeOfVariable \"\(rawType)\" is not a REFI type; read as Text")
            }
            guard !variables.contains(where: { $0.name == name }) else {
                log.warn("variable \"\(name)\" is declared twice; the first is kept")
                continue
            }
            let variable = Variable(name: name, type: type, description: node.child("Description")?.nonBlankText)
            variables.append(variable)
            variablesByID[id] = variable
        }
        stats.variables = variables.count
    }

    private mutating func noteUnsupportedParts() {
        let kept = root.child("Sets")?.children("Set").filter { CodeTreeReader.isDeductiveSetName($0.attribute("name") ?? "") }.count ?? 0
        let sets = (root.child("Sets")?.children("Set").count ?? 0) - kept
        var parts: [String] = []
        if sets > 0 { parts.append("\(sets) set(s)") }
        if let links = root.child("Links")?.children("Link").count, links > 0 { parts.append("\(links) link(s)") }
        if let graphs = root.child("Graphs")?.children("Graph").count, graphs > 0 { parts.append("\(graphs) graph(s)") }
        if !parts.isEmpty { log.warn("not imported (no place in Voelspriet's model): " + parts.joined(separator: ", ")) }
    }
}
