// A coding: one coder applied one code to one range of one source.
import Foundation

public struct Coding: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    public var sourceID: UUID
    public var codeID: UUID
    /// The coder's GUID (REFI `User`); in storage the member's user id maps to one.
    public var coderID: UUID
    public var range: ScalarRange
    public var memo: String?

    public init(id: UUID = UUID(), sourceID: UUID, codeID: UUID, coderID: UUID, range: ScalarRange, memo: String? = nil) {
        self.id = id
        self.sourceID = sourceID
        self.codeID = codeID
        self.coderID = coderID
        self.range = range
        self.memo = memo
    }
}

/// A coder (REFI `User`): a GUID and a display name.
public struct Coder: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    public var name: String
    public init(id: UUID = UUID(), name: String) {
        self.id = id
        self.name = name
    }
}
