import Foundation

/// The demo study's report: one chapter per part of the study, text blocks in our own words
/// (clearly about invented data) citing live numbers, and data blocks of each kind. The item ids
/// are those of the built-in quickscan; quotes are chosen by the loader from the demo codings.
public enum StudyReportDemo {
    public struct Quotes: Sendable {
        public var codeID: UUID
        public var codingIDs: [UUID]
        public var focusGroupCodeID: UUID?

        public init(codeID: UUID, codingIDs: [UUID], focusGroupCodeID: UUID?) {
            self.codeID = codeID
            self.codingIDs = codingIDs
            self.focusGroupCodeID = focusGroupCodeID
        }
    }

    public static func definition(quotes: Quotes?) -> StudyReportDefinition {
        var sections: [ReportSection] = []
        sections.append(ReportSection(title: "Inleiding", blocks: [
            ReportBlock(kind: .text, markdown: """
                *Dit is een demorapport. Alle gegevens erin zijn verzonnen: de respondenten, de literatuur en de transcripten.*

                Aan de quickscan deden {{quickscan.n}} mensen mee: {{quickscan.split.role.professional.n}} professionals en \
                {{quickscan.split.role.student.n}} studenten. In de literatuur vonden we {{literature.identified}} records, \
                waarvan er na screening {{literature.included_studies}} overbleven. Daarnaast zijn er \
                {{interviews.interviews}} interviews en {{interviews.focus_groups}} focusgroepen gehouden.

                Elk getal in dit rapport wordt uit de studie zelf berekend; wie erop klikt, ziet waar het vandaan komt.
                """),
        ]))
        sections.append(ReportSection(title: "Wat de literatuur zegt", blocks: [
            ReportBlock(kind: .text, markdown: "De zoektocht in de databases leverde {{literature.identified}} records op; {{literature.duplicates_removed}} daarvan waren dubbel."),
            ReportBlock(kind: .prismaFlow),
            ReportBlock(kind: .includedSources),
        ]))
        sections.append(ReportSection(title: "Leren van elkaars ervaring", blocks: [
            ReportBlock(kind: .text, markdown: """
                Van alle respondenten is {{quickscan.learn_from_colleagues.agree_percent}} het (helemaal) eens met de stelling dat \
                collega's zonder eigen ervaring iets kunnen leren van wie die ervaring wel heeft.
                """),
            ReportBlock(kind: .quickscanTable, item: "learn_from_colleagues", split: "role"),
            ReportBlock(kind: .quickscanChart, item: "learn_from_colleagues"),
        ]))
        sections.append(ReportSection(title: "Bijzondere vaardigheden", blocks: [
            ReportBlock(kind: .text, markdown: """
                Studenten met eigen ervaring denken vaker dan studenten zonder dat professionals met zo'n ervaring makkelijker \
                contact leggen met cliënten die iets vergelijkbaars meemaakten \
                (χ²({{quickscan.skill_contact_similar.test.experience.role=student.df}}) = \
                {{quickscan.skill_contact_similar.test.experience.role=student.chi2}}, \
                {{quickscan.skill_contact_similar.test.experience.role=student.p|apa}}).
                """),
            ReportBlock(kind: .quickscanTable, item: "skill_contact_similar", split: "experience"),
            ReportBlock(kind: .quickscanSignificant),
        ]))
        var interviews: [ReportBlock] = [
            ReportBlock(kind: .text, markdown: "In de interviews kwamen {{interviews.codings}} gecodeerde fragmenten naar voren, met {{interviews.codes}} codes."),
        ]
        if let quotes {
            interviews.append(ReportBlock(kind: .quotes, codeID: quotes.codeID, codingIDs: quotes.codingIDs))
            if let focus = quotes.focusGroupCodeID {
                interviews.append(ReportBlock(kind: .focusGroupFragments, codeID: focus, limit: 4))
            }
        }
        interviews.append(ReportBlock(kind: .agreement))
        sections.append(ReportSection(title: "Interviews en focusgroepen", blocks: interviews))
        return StudyReportDefinition(title: "Ervaringskennis in het werkveld (demo)", subtitle: "Een demorapport met verzonnen gegevens", sections: sections)
    }
}
