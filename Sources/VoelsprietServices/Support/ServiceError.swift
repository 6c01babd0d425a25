/// A message for a person, in both languages of the user interface.
public struct ServiceMessage: Sendable, Equatable, CustomStringConvertible {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(_ language: String) -> String { language == "en" ? en : nl }
    public var description: String { en }
}

/// Why a use case refused: the web maps these to status codes, the CLI to an error line.
public enum ServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The thing does not exist, or the caller may not know that it does (a non-member).
    case notFound(ServiceMessage)
    /// The caller is known but lacks the right.
    case forbidden(ServiceMessage)
    /// The request cannot be carried out as given (bad input, a rule such as "keep one lead").
    case invalid(ServiceMessage)
    /// It conflicts with what exists (a duplicate name).
    case conflict(ServiceMessage)

    public var message: ServiceMessage {
        switch self {
        case .notFound(let m), .forbidden(let m), .invalid(let m), .conflict(let m): m
        }
    }

    public var description: String { message.en }

    static func noStudy(_ slug: String) -> ServiceError {
        .notFound(ServiceMessage(nl: "Er is geen studie '\(slug)'.", en: "There is no study '\(slug)'."))
    }
}
