/// The words of a PRISMA 2020 flow diagram in one language. `.english` follows the wording of
/// the PRISMA 2020 template; `.dutch` is our own translation.
public struct PrismaLabels: Sendable, Hashable, Codable {
    public var title: String
    public var headerDatabases: String
    public var headerOtherMethods: String
    public var phaseIdentification: String
    public var phaseScreening: String
    public var phaseIncluded: String
    public var recordsIdentifiedFrom: String
    public var databases: String
    public var registers: String
    public var removedBeforeScreening: String
    public var duplicatesRemoved: String
    public var removedByAutomation: String
    public var removedForOtherReasons: String
    public var recordsScreened: String
    public var recordsExcluded: String
    public var reportsSought: String
    public var reportsNotRetrieved: String
    public var reportsAssessed: String
    public var reportsExcluded: String
    public var studiesIncluded: String
    public var reportsIncluded: String

    /// How a count follows its label: "(n = 1305)". The spaces are no-break spaces so that a
    /// count is never split over two lines; the SVG writes them back as ordinary spaces.
    public func count(_ n: Int) -> String { "(n\u{00A0}=\u{00A0}\(n))" }

    public static let english = PrismaLabels(
        title: "PRISMA 2020 flow diagram",
        headerDatabases: "Identification of studies via databases and registers",
        headerOtherMethods: "Identification of studies via other methods",
        phaseIdentification: "Identification", phaseScreening: "Screening", phaseIncluded: "Included",
        recordsIdentifiedFrom: "Records identified from:", databases: "Databases", registers: "Registers",
        removedBeforeScreening: "Records removed before screening:",
        duplicatesRemoved: "Duplicate records removed",
        removedByAutomation: "Records marked as ineligible by automation tools",
        removedForOtherReasons: "Records removed for other reasons",
        recordsScreened: "Records screened", recordsExcluded: "Records excluded",
        reportsSought: "Reports sought for retrieval", reportsNotRetrieved: "Reports not retrieved",
        reportsAssessed: "Reports assessed for eligibility", reportsExcluded: "Reports excluded:",
        studiesIncluded: "Studies included in review", reportsIncluded: "Reports of included studies")

    public static let dutch = PrismaLabels(
        title: "PRISMA 2020-stroomdiagram",
        headerDatabases: "Identificatie van studies via databases en registers",
        headerOtherMethods: "Identificatie van studies via andere methoden",
        phaseIdentification: "Identificatie", phaseScreening: "Screening", phaseIncluded: "Inclusie",
        recordsIdentifiedFrom: "Records gevonden in:", databases: "Databases", registers: "Registers",
        removedBeforeScreening: "Verwijderd vóór de screening:",
        duplicatesRemoved: "Dubbele records",
        removedByAutomation: "Door automatische hulpmiddelen als ongeschikt gemarkeerd",
        removedForOtherReasons: "Om andere redenen verwijderd",
        recordsScreened: "Gescreende records", recordsExcluded: "Uitgesloten records",
        reportsSought: "Gezochte publicaties (volledige tekst)", reportsNotRetrieved: "Niet verkregen publicaties",
        reportsAssessed: "Op geschiktheid beoordeelde publicaties", reportsExcluded: "Uitgesloten publicaties:",
        studiesIncluded: "Geïncludeerde studies", reportsIncluded: "Publicaties van geïncludeerde studies")
}
