// Ordering of records for a reviewer. For now the stored order: the active-learning model
// (Sources/VoelsprietLiterature/Prioritisation) is wired in by the next commit.
import Foundation
import VoelsprietLiterature
import VoelsprietStorage
extension LiteratureService {
    struct Ordering: Sendable {
        var order: [Int64]
        var prioritised: Bool
        var stopping: Int?
    }
    func prioritised(_ slug: String, stage: ScreeningStage, eligible: [StoredLiteratureRecord], snapshot: ReviewSnapshot, reviewer: String) async -> Ordering {
        Ordering(order: eligible.map(\.id), prioritised: false, stopping: nil)
    }
}
public actor PrioritiserCache { public init() {} }
