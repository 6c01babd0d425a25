import HTTPTypes
import VoelsprietServices

extension ServiceError {
    /// The status a refusal stands for on a page or in JSON: the one mapping every feature and
    /// the error pages use.
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .invalid: .unprocessableContent
        case .conflict: .conflict
        }
    }
}
