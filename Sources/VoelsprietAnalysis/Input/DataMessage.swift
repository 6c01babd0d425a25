/// Something said about the input — a note, why a variable is left out, a skipped value — in
/// both report languages, so that a report speaks one language throughout. The command line
/// prints the English text.
public struct DataMessage: Sendable, Hashable, CustomStringConvertible {
    public let en: String
    public let nl: String

    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    public func text(in language: String) -> String { language == "en" ? en : nl }

    public var description: String { en }
}
