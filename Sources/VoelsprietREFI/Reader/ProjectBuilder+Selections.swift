// `PlainTextSelection`s and their `Coding`s → `Coding`s (one per `CodeRef`), positions mapped to
// the stored text; a `Coding` directly under a `TextSource` codes the whole text.
import Foundation
import VoelsprietQDA

extension ProjectBuilder {
    mutating func readSelection(_ node: XNode, in source: SourceContext, into found: inout [Coding]) throws(REFIError) {
        let codingNodes = node.children("Coding")
        guard !codingNodes.isEmpty else { return }
        let selectionID = node.attribute("guid") ?? "at line \(node.line)"
        guard let start = integer(node.attribute("startPosition")), let end = integer(node.attribute("endPosition")) else {
            let reason = "startPosition \"\(node.attribute("startPosition") ?? "")\" or endPosition \"\(node.attribute("endPosition") ?? "")\" is not an integer"
            try skip(.invalidSelection(source: source.name, selection: selectionID, reason: reason), codings: codingNodes.count)
            return
        }
        let range: ScalarRange
        switch source.mapper.storedRange(start: start, end: end) {
        case .success(let r): range = r
        case .failure(let failure):
            let reason = failure.reason(start: start, end: end, unit: source.mapper.unit)
            try skip(.invalidSelection(source: source.name, selection: selectionID, reason: reason), codings: codingNodes.count)
            return
        }
        guard !range.isEmpty else {
            log.warn("source \"\(source.name)\", selection \(selectionID): empty (\(start)–\(end)); skipped")
            stats.codingsSkipped += codingNodes.count
            return
        }
        let selectionMemo = memo(of: node)
        for coding in codingNodes {
            let user = coding.attribute("creatingUser") ?? node.attribute("creatingUser")
            try addCoding(coding, range: range, user: user, selectionMemo: selectionMemo, selectionID: selectionID, in: source, into: &found)
        }
    }

    /// Codings directly under the `TextSource` (REFI's "coding of the whole source").
    mutating func readWholeSourceCodings(_ node: XNode, in source: SourceContext, into found: inout [Coding]) throws(REFIError) {
        let codingNodes = node.children("Coding")
        guard !codingNodes.isEmpty else { return }
        let length = source.mapper.storedText.unicodeScalars.count
        guard length > 0 else {
            log.warn("source \"\(source.name)\": \(codingNodes.count) coding(s) of the whole source, but the text is empty; skipped")
            stats.codingsSkipped += codingNodes.count
            return
        }
        for coding in codingNodes {
            try addCoding(
                coding, range: ScalarRange(start: 0, end: length), user: coding.attribute("creatingUser") ?? node.attribute("creatingUser"),
                selectionMemo: nil, selectionID: "(whole source)", in: source, into: &found)
        }
    }

    private mutating func addCoding(
        _ node: XNode, range: ScalarRange, user: String?, selectionMemo: String?, selectionID: String,
        in source: SourceContext, into found: inout [Coding]
    ) throws(REFIError) {
        let ref = node.child("CodeRef")?.attribute("targetGUID")
        guard let codeID = log.reference(ref), codeIDs.contains(codeID) else {
            try skip(.unknownCode(source: source.name, selection: selectionID, code: ref ?? "(no CodeRef)"), codings: 1)
            return
        }
        var id = log.guid(node, fallbackKey: "coding:\(source.id.uuidString):\(node.line):\(codeID.uuidString)")
        if !codingIDs.insert(id).inserted {
            log.warn("source \"\(source.name)\", selection \(selectionID): coding \(id.uuidString) repeats a GUID; it gets a new one")
            id = REFIGUID.derived("refi-duplicate-coding:\(id.uuidString):\(node.line)")
            codingIDs.insert(id)
        }
        let coderID = coder(for: user)
        let memo = [memo(of: node), selectionMemo].compactMap { $0 }.joined(separator: "\n\n")
        found.append(Coding(
            id: id, sourceID: source.id, codeID: codeID, coderID: coderID, range: range, memo: memo.isEmpty ? nil : memo))
    }

    /// Strict: throws. Lenient: a warning, and the codings are counted as skipped.
    private mutating func skip(_ error: REFIError, codings: Int) throws(REFIError) {
        try log.problem(error)
        stats.codingsSkipped += codings
    }

    private func integer(_ raw: String?) -> Int? {
        raw.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
