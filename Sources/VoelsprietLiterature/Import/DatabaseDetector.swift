import Foundation

/// Recognises the database a RIS export came from, from its content.
///
/// Each record votes for at most one database, from the first of these that says anything:
/// 1. `DB` (name of database): Scopus, Embase, PsycINFO/`psyh`, MEDLINE/PubMed, Web of Science;
/// 2. links (`UR`, `L1`–`L4`, `LK`, `N1`): scopus.com, embase.com, Ovid (its `D=` code tells
///    PsycINFO `psyc…`, Embase `emed…`/`emez…`, MEDLINE `med…`/`prem…`, else Ovid), EBSCOhost (its
///    `db=psyh` tells PsycINFO), ProQuest;
/// 3. `DP` (database provider): EBSCOhost, Ovid, ProQuest, NLM (PubMed);
/// 4. a `WOS:` accession number in `AN`/`UT`/`UR` (Web of Science).
/// Without votes, an Ovid link anywhere in the first MiB decides (Ovid puts it after `ER`).
///
/// The file's database is the one with most votes. When no record votes, the writing program
/// is recognised instead: Zotero (`DA` dates ending in `/`, like `2019///`, or `N1` notes in
/// `<p>` tags) or EndNote (tags after `TY` in alphabetical order with `ID` last, in at least
/// half of the records). Otherwise nil.
enum DatabaseDetector {
    /// `text` is the start of the file: Ovid writes its links after `ER` (outside any record),
    /// so they are looked for there when no record votes.
    static func ris(_ records: [TaggedRecord], text: String) -> LiteratureDatabase? {
        var votes: [LiteratureDatabase: Int] = [:]
        var order: [LiteratureDatabase] = []
        // A sample is enough to vote, and keeps detection cheap on files of 10⁵–10⁶ records.
        for record in records.prefix(2_000) {
            guard let vote = sourceVote(record) else { continue }
            if votes[vote] == nil { order.append(vote) }
            votes[vote, default: 0] += 1
        }
        if let best = order.max(by: { votes[$0]! < votes[$1]! || (votes[$0]! == votes[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }) {
            return best
        }
        if let range = text.range(of: "ovid.com/"),
           let db = link(String(text[range.lowerBound...].prefix { !$0.isWhitespace }).lowercased()) {
            return db
        }
        return generator(records)
    }

    private static func sourceVote(_ record: TaggedRecord) -> LiteratureDatabase? {
        for value in record.texts("DB") {
            if let db = databaseName(value.lowercased()) { return db }
        }
        for field in record.fields where linkTags.contains(field.tag) {
            if let db = link(field.value.prefix(600).lowercased()) { return db }
        }
        for value in record.texts("DP") {
            let provider = value.lowercased()
            if provider.contains("ebsco") { return .ebsco }
            if provider == "ovid" || provider.hasPrefix("ovid ") { return .ovid }
            if provider.contains("proquest") { return .proquest }
            if provider == "nlm" || provider.contains("pubmed") { return .pubmed }
        }
        for field in record.fields where field.tag == "AN" || field.tag == "UT" || field.tag == "UR" {
            if field.value.contains("WOS:") { return .webOfScience }
        }
        return nil
    }

    private static let linkTags: Set<String> = ["UR", "L1", "L2", "L3", "L4", "LK", "N1"]

    static func databaseName(_ name: String) -> LiteratureDatabase? {
        if name.contains("scopus") { return .scopus }
        if name.contains("embase") { return .embase }
        if name.contains("psycinfo") || name == "psyh" || name.contains("psycarticles") { return .psycinfo }
        if name.contains("medline") || name.contains("pubmed") { return .pubmed }
        if name.contains("web of science") || name == "wos" { return .webOfScience }
        if name.contains("proquest") { return .proquest }
        return nil
    }

    private static func link(_ url: String) -> LiteratureDatabase? {
        if url.contains("scopus.com/") { return .scopus }
        if url.contains("embase.com/") { return .embase }
        if url.contains("ovid.com/") {
            guard let code = parameter("d=", in: url) else { return .ovid }
            if code.hasPrefix("psyc") { return .psycinfo }
            if code.hasPrefix("emed") || code.hasPrefix("emez") || code.hasPrefix("emba") { return .embase }
            if code.hasPrefix("med") || code.hasPrefix("prem") { return .pubmed }
            return .ovid
        }
        if url.contains("ebscohost.com/") {
            return parameter("db=", in: url).map { $0.hasPrefix("psyh") ? .psycinfo : .ebsco } ?? .ebsco
        }
        if url.contains("proquest.com/") { return .proquest }
        return nil
    }

    /// The value of query parameter `name` (with its `=`, lower case) in `url`.
    private static func parameter(_ name: String, in url: String) -> Substring? {
        for separator in ["?", "&"] {
            if let range = url.range(of: separator + name) {
                return url[range.upperBound...].prefix { $0 != "&" && !$0.isWhitespace }
            }
        }
        return nil
    }

    private static func generator(_ records: [TaggedRecord]) -> LiteratureDatabase? {
        let sample = records.prefix(200)
        guard !sample.isEmpty else { return nil }
        for record in sample {
            if record.texts("DA").contains(where: isZoteroDate) { return .zotero }
            if record.texts("N1").contains(where: { $0.hasPrefix("<p>") }) { return .zotero }
        }
        let sorted = sample.filter { record in
            let tags = record.fields.map(\.tag)
            guard tags.count >= 4, tags.first == "TY", tags.last == "ID" else { return false }
            let middle = tags.dropFirst().dropLast()
            return zip(middle, middle.dropFirst()).allSatisfy { $0 <= $1 }
        }
        return sorted.count * 2 >= sample.count ? .endnote : nil
    }

    /// Zotero writes RIS dates as `YYYY/MM/DD/` with empty parts (`2019///`, `2021/02/01/`).
    private static func isZoteroDate(_ value: String) -> Bool {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 4 && parts[0].count == 4 && parts[0].allSatisfy(\.isNumber)
    }
}
