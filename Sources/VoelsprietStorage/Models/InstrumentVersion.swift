import VoelsprietDomain

/// A published questionnaire that a newer version replaced, kept because answers were given to it.
public struct InstrumentVersion: Sendable, Hashable {
    public var version: Int
    public var instrument: Instrument
    /// The day it was replaced, and by whom.
    public var replacedOn: String
    public var replacedBy: String

    public init(version: Int, instrument: Instrument, replacedOn: String, replacedBy: String) {
        self.version = version
        self.instrument = instrument
        self.replacedOn = replacedOn
        self.replacedBy = replacedBy
    }
}

/// The builder's work in progress on a study's questionnaire: any decodable instrument, with
/// or without problems; respondents never see it until it is published.
public struct InstrumentDraft: Sendable, Hashable {
    public var instrument: Instrument
    public var updatedOn: String
    public var updatedBy: String

    public init(instrument: Instrument, updatedOn: String, updatedBy: String) {
        self.instrument = instrument
        self.updatedOn = updatedOn
        self.updatedBy = updatedBy
    }
}
