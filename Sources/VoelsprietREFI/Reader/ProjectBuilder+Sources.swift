// Text sources: where their text comes from (inline `PlainTextContent`, the .txt that
// `plainTextPath` names, or — when there is no plain text — the .docx of `richTextPath`), and
// which sources are skipped (not text; text not bundled).
import Foundation
import VoelsprietQDA

extension ProjectBuilder {
    mutating func readSources() throws(REFIError) {
        for node in root.child("Sources")?.children ?? [] {
            stats.sourcesFound += 1
            if node.name == "TextSource" {
                try readTextSource(node)
            } else {
                let name = node.attribute("name") ?? node.attribute("guid") ?? "line \(node.line)"
                stats.sourcesSkipped += 1
                log.warn("source \"\(name)\" (\(node.name)) skipped: only text sources are imported")
            }
        }
        stats.sourcesImported = sources.count
        stats.codingsImported = codings.count
    }

    private mutating func readTextSource(_ node: XNode) throws(REFIError) {
        var id = log.guid(node, fallbackKey: "source:\(node.line)")
        let name = node.attribute("name").flatMap { $0.isEmpty ? nil : $0 } ?? id.uuidString
        if !sourceIDs.insert(id).inserted {
            log.warn("source \"\(name)\" repeats GUID \(id.uuidString); it gets a new one")
            id = REFIGUID.derived("refi-duplicate-source:\(id.uuidString):\(node.line)")
            sourceIDs.insert(id)
        }
        let selections = node.children("PlainTextSelection")
        let codingCount = selections.reduce(0) { $0 + $1.children("Coding").count } + node.children("Coding").count
        stats.textSources += 1
        stats.selectionsFound += selections.count
        stats.codingsFound += codingCount
        guard let content = try text(of: node, name: name, codings: codingCount) else {
            stats.sourcesSkipped += 1
            stats.codingsSkipped += codingCount
            return
        }
        let unit = SelectionMapper.unit(for: options.positions, origin: origin, content: content)
        let mapper = SelectionMapper(content: content, unit: unit)
        if unit == .utf16 { stats.utf16Sources.append(name) }
        let context = SourceContext(id: id, name: name, mapper: mapper)
        var found: [Coding] = []
        var uncoded = 0
        for selection in selections {
            if selection.children("Coding").isEmpty { uncoded += 1 }
            try readSelection(selection, in: context, into: &found)
        }
        try readWholeSourceCodings(node, in: context, into: &found)
        if uncoded > 0 { log.warn("source \"\(name)\": \(uncoded) selection(s) without a coding not imported") }
        if !node.children("VariableValue").isEmpty {
            log.warn("source \"\(name)\": source variables are not imported (only case variables are)")
        }
        sources.append(Source(id: id, name: name, text: mapper.storedText, memo: memo(of: node)))
        codings += found
    }

    /// The text as the producer counted it (BOM removed, CRLF kept), or nil when the source is
    /// skipped (with a warning). Throws in strict mode for a missing or undecodable file.
    private mutating func text(of node: XNode, name: String, codings: Int) throws(REFIError) -> String? {
        if let inline = node.child("PlainTextContent") { return inline.text }
        let plainPath = node.attribute("plainTextPath")
        let richPath = node.attribute("richTextPath").flatMap { $0.lowercased().hasSuffix(".docx") ? $0 : nil }
        var docxEntry: String? = nil
        if let richPath, case .found(let entry) = locator.locate(richPath) { docxEntry = entry }
        var external = false
        if let plainPath {
            switch locator.locate(plainPath) {
            case .found(let entry):
                guard let plain = try plainText(entry: entry, source: name) else { return nil }
                return placeholderFallback(plain, docx: docxEntry, source: name) ?? plain
            case .external: external = true
            case .absent: break
            }
        }
        if let docxEntry {
            switch readDocx(docxEntry) {
            case .success(let text):
                if codings > 0 {
                    log.warn("source \"\(name)\": no plain text, read from \(docxEntry); positions are taken to count its paragraphs joined by line breaks")
                }
                return text
            case .failure(let failure):
                try log.problem(.undecodableSource(source: name, path: docxEntry, reason: failure.reason))
                return nil
            }
        }
        let path = plainPath ?? richPath ?? "(no plainTextPath)"
        if external {
            log.warn("source \"\(name)\": its text \"\(path)\" is an external file, not in the package; skipped with \(codings) coding(s)")
        } else if locator.package?.bundlesSources == true {
            try log.problem(.missingSourceFile(source: name, path: path))
        } else {
            log.warn("source \"\(name)\": its text \"\(path)\" is not bundled (the export holds no source files); skipped with \(codings) coding(s)")
        }
        return nil
    }

    /// NVivo for Mac writes a 1-byte placeholder .txt beside the real .docx: when the plain text
    /// is blank and the .docx has text, the .docx text is used (with a warning).
    private mutating func placeholderFallback(_ plain: String, docx: String?, source: String) -> String? {
        guard let docx, plain.allSatisfy(\.isWhitespace), case .success(let text) = readDocx(docx),
            !text.allSatisfy(\.isWhitespace)
        else { return nil }
        log.warn("source \"\(source)\": the plain text is blank; the text of \(docx) is used instead")
        return text
    }

    private mutating func plainText(entry: String, source: String) throws(REFIError) -> String? {
        guard let package = locator.package else { return nil }
        let data = try package.read(entry)
        switch SourceTextDecoder.decode(data) {
        case .success(let text): return text
        case .failure(let failure):
            try log.problem(.undecodableSource(source: source, path: entry, reason: failure.reason))
            return nil
        }
    }

    /// The paragraphs of a .docx in the package, one a line, or why not. The zip is vetted
    /// first (see `REFIPackage.vet`); limits and hostile archives of the outer package apply.
    private func readDocx(_ entry: String) -> Result<String, DocxFailure> {
        guard let package = locator.package else { return .failure(DocxFailure(reason: "no package")) }
        let data: Data
        do {
            data = try package.read(entry)
        } catch {
            return .failure(DocxFailure(reason: error.description))
        }
        if let damage = REFIPackage.vet(data) {
            return .failure(DocxFailure(reason: "the .docx is not a readable zip archive (\(damage))"))
        }
        do {
            return .success(try options.docxText(data, entry))
        } catch {
            return .failure(DocxFailure(reason: "the .docx cannot be read: \(error)"))
        }
    }

    struct DocxFailure: Error {
        let reason: String
    }
}

/// What a selection needs to know about its source.
struct SourceContext {
    let id: UUID
    let name: String
    let mapper: SelectionMapper
}
