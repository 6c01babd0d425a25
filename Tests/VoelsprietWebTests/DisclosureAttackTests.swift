import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VoelsprietWeb

/// Finding 4, played as the attacker with a researcher account (an analyst, who may choose
/// the splits) at the default minimum group size: a suppressed group must show neither its
/// answers nor its n in any format — page, HTML, Markdown, CSV, JSON, the SVG charts inside —
/// no "total minus the others" may give it back, its members' open answers are not listed, and
/// open answers do not come in the order they were sent.
@Suite("Disclosure control against a differencing attacker, in every format")
struct DisclosureAttackTests {
    static let professionals = 20
    static let students = 2

    static func professional(_ index: Int) -> [String: Any] {
        var body = Bodies.professionalWithoutExperience
        body["sharing_desirability_explanation"] = "PRO-ANSWER-\(String(format: "%02d", index))"
        return body
    }

    static func student(_ index: Int) -> [String: Any] {
        var body = Bodies.studentWithExperience
        body["sharing_desirability_explanation"] = "STUDENT-SECRET-\(index)"
        return body
    }

    /// The cells of one CSV line (quotes and doubled quotes handled).
    static func csvCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var previous: Character = " "
        for character in line {
            if character == "\"" {
                if quoted, previous == "\"" { cell.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        cells.append(cell)
        return cells
    }

    @Test("two students among twenty professionals: nothing of theirs can be worked out")
    func differencingEveryFormat() async throws {
        try await TestApp.run { client, setup in
            try await Workspace.populate(setup)
            // Arrival order: a student first, then professionals, the other student half-way.
            _ = try await Bodies.submit(client, Bodies.json(Self.student(0)))
            for index in 0..<Self.professionals {
                if index == Self.professionals / 2 { _ = try await Bodies.submit(client, Bodies.json(Self.student(1))) }
                #expect(try await Bodies.submit(client, Bodies.json(Self.professional(index))).status == .created)
            }
            var analyst = try await Workspace.browser(client, "ana")
            let query = "?by=role,experience"
            let base = "/admin/studies/quickscan/report"
            var formats: [String: String] = [:]
            formats["page"] = try await analyst.get(base + query).text
            for format in ["html", "md", "csv", "json"] {
                let response = try await analyst.get("\(base).\(format)\(query)")
                #expect(response.status == .ok, "\(format)")
                formats[format] = response.text
            }
            // 1. No student's open answer, anywhere.
            for (format, text) in formats { #expect(!text.contains("STUDENT-SECRET"), "\(format) lists a hidden group's open answer") }

            // 2. JSON: hidden groups carry no n and no counts; what is shown never leaves fewer
            // than five people's answers to be worked out.
            let json = try #require(try JSONSerialization.jsonObject(with: Data(formats["json"]!.utf8)) as? [String: Any])
            let total = try #require(json["n"] as? Int)
            #expect(total == Self.professionals + Self.students)
            for split in json["splits"] as? [[String: Any]] ?? [] {
                let groups = split["groups"] as? [[String: Any]] ?? []
                let shown = groups.compactMap { $0["n"] as? Int }
                if groups.contains(where: { $0["n"] is NSNull }) {
                    #expect(total - shown.reduce(0, +) >= 5, "split \(split["id"] ?? "?"): total − shown sizes = \(total - shown.reduce(0, +))")
                }
            }
            let items = try #require(json["items"] as? [[String: Any]])
            var hiddenSeen = 0
            for item in items {
                let id = item["id"] as? String ?? "?"
                guard let n = item["n"] as? Int, item["type"] as? String != "text" else { continue }
                var withHidden: Set<String> = []
                for breakdown in item["breakdowns"] as? [[String: Any]] ?? [] {
                    let groups = breakdown["groups"] as? [[String: Any]] ?? []
                    let hidden = groups.filter { $0["suppressed"] as? Bool == true }
                    guard !hidden.isEmpty else { continue }
                    hiddenSeen += 1
                    withHidden.insert("\(breakdown["split"] ?? "")|\(breakdown["subset"] ?? "")")
                    #expect(hidden.allSatisfy { $0["n"] is NSNull && ($0["counts"] as? [Any])?.isEmpty == true }, "\(id)")
                    let visible = groups.filter { $0["suppressed"] as? Bool != true }
                    #expect(hidden.count >= 2 || visible.allSatisfy { ($0["n"] as? Int ?? 0) == 0 }, "\(id): a lone hidden group")
                    if breakdown["subset"] is NSNull {
                        let shown = visible.compactMap { $0["n"] as? Int }.reduce(0, +)
                        #expect(n - shown >= 5, "\(id): total − shown = \(n - shown) in \(breakdown)")
                    }
                }
                // A test over a table with a hidden group would give it away through its
                // statistic, n, expected counts or dropped categories (the review recovered the
                // students' size and answers from them).
                for test in item["tests"] as? [[String: Any]] ?? [] where withHidden.contains("\(test["split"] ?? "")|\(test["subset"] ?? "")") {
                    for key in ["chi2", "n", "p", "min_expected", "cramers_v", "fisher_p", "statement"] {
                        #expect(test[key] is NSNull, "\(id): the test over a hidden group shows \(key)")
                    }
                    #expect((test["dropped_categories"] as? [Any])?.isEmpty == true, "\(id)")
                }
            }
            #expect(hiddenSeen > 10, "the students are hidden in many breakdowns")
            // The split variables' own items: their frequencies are the group sizes, their
            // cross-tabs the subsets' cells.
            let role = try #require(items.first { $0["id"] as? String == "role" })
            #expect((role["categories"] as? [Any])?.isEmpty == true && role["n"] is NSNull, "role's own table shows the hidden sizes")
            let experience = try #require(items.first { $0["id"] as? String == "experience" })
            #expect((experience["breakdowns"] as? [Any])?.isEmpty == true, "experience by role gives the subsets' cells")
            // With every test turned into a statement (alpha 0.99, APA): none over a comparison
            // with the students in it (a role test would need them, within-student ones are them).
            let statements = try await analyst.get("\(base).json\(query)&alpha=0.99&style=apa").text
            let loose = try #require(try JSONSerialization.jsonObject(with: Data(statements.utf8)) as? [String: Any])
            for item in loose["items"] as? [[String: Any]] ?? [] {
                for test in item["tests"] as? [[String: Any]] ?? [] where test["split"] as? String == "role" || test["subset"] as? String == "role=student" {
                    #expect(test["statement"] is NSNull && test["chi2"] is NSNull, "\(item["id"] ?? "?"): \(test["statement"] ?? "")")
                }
            }

            // 3. Page, HTML and Markdown: the sizes line shows no hidden group's n.
            for format in ["page", "html", "md"] {
                let text = formats[format]!
                #expect(!text.contains("Student: 2") && !text.contains("student: 2") && !text.contains("Studenten: 2"), "\(format)")
                for marker in [": 20,", ": 20<", ": 20\n"] {
                    if let range = text.range(of: marker) {
                        Issue.record("\(format): the complement's size: …\(text[(text.index(range.lowerBound, offsetBy: -80, limitedBy: text.startIndex) ?? text.startIndex)..<range.upperBound])")
                    }
                }
            }
            // 4. CSV: no breakdown or test row names a hidden group with a count.
            let hiddenIDs: Set<String> = ["student"]
            for line in formats["csv"]!.split(separator: "\r\n") {
                let cells = Self.csvCells(String(line))
                guard cells.count > 9, cells[3] == "role" else { continue }
                if cells[0] == "breakdown" { #expect(!hiddenIDs.contains(cells[5]) || cells[8] == "0", "CSV: \(line)") }
            }
            // 5. Open answers come in no arrival order, and the same in every format.
            let items2 = items.first { $0["id"] as? String == "sharing_desirability_explanation" }
            let open = try #require((items2?["open_answers"] as? [String: Any])?["shown"] as? [String])
            #expect(open.count == Self.professionals)
            #expect(open != open.sorted(), "listed in the order they came in")
            let positions = open.map { formats["html"]!.range(of: $0)!.lowerBound }
            #expect(positions == positions.sorted(), "the HTML lists them in the same order as the JSON")
        }
    }
}
