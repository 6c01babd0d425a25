import Dispatch
import Testing
import VoelsprietTestTraits

@Suite("The ownThread trait")
struct OwnThreadTests {
    @Test("a test with the trait runs on its own queue, also after a suspension", .ownThread)
    func ownQueue() async throws {
        #expect(OwnThreadTrait.isCurrent)
        try await Task.sleep(for: .milliseconds(10))
        #expect(OwnThreadTrait.isCurrent)
    }

    @Test("a test without it runs on the cooperative pool")
    func pool() async {
        #expect(!OwnThreadTrait.isCurrent)
    }
}

@Suite("The ownThread trait on a suite", .ownThread)
struct OwnThreadSuiteTests {
    @Test("each test of the suite gets a queue", arguments: [1, 2])
    func each(_ argument: Int) {
        #expect(OwnThreadTrait.isCurrent)
    }
}
