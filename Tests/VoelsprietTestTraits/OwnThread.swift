import Dispatch
import Testing

/// `@Test(.ownThread)`: the test runs on a thread set aside for heavy tests instead of the
/// cooperative pool.
///
/// Swift Testing starts every test at once, and async code shares the cooperative pool, which
/// has one thread per core (two on CI). A synchronous test that computes for seconds (a 6 MiB
/// CSV read twice, 20,000 drawn respondents) holds one of those threads until it is done; two of
/// them hold the whole pool, and meanwhile every test that talks to a live server waits. That was
/// seen on CI: no answer for over 20 s, so a read timed out, a header-timeout check and a rate
/// limit's refill window were missed, and tests that are right failed.
///
/// The trait runs the test's task with a preferred executor backed by one serial dispatch queue,
/// shared by every test with the trait, on an ordinary (non-cooperative) thread. So the heavy
/// tests take turns on that thread (at most about one core between them) and the pool stays free
/// for the rest. It stays the same task, so task locals, and with them `#expect` and
/// `Issue.record`, work as anywhere else.
///
/// Put it on tests whose own work is heavy and synchronous. Not on a test that starts a server
/// or waits on one: child tasks inherit the preference, so the server would run on that one
/// thread too, behind the heavy tests (and a blocking wait there would never be answered).
public struct OwnThreadTrait: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard testCase != nil else { return try await function() }  // a suite: its test cases get it one by one
        try await withTaskExecutorPreference(QueueExecutor.heavyTests) { try await function() }
    }
}

extension OwnThreadTrait {
    /// True in code that runs on the trait's thread (its own tests check that it works).
    public static var isCurrent: Bool { DispatchQueue.getSpecific(key: QueueExecutor.marker) != nil }
}

extension Trait where Self == OwnThreadTrait {
    /// Runs the test (or each test of the suite) off the cooperative pool; see `OwnThreadTrait`.
    public static var ownThread: Self { OwnThreadTrait() }
}

/// A task executor that runs every job on one serial dispatch queue.
final class QueueExecutor: TaskExecutor, @unchecked Sendable {
    // @unchecked: `queue` is immutable and DispatchQueue is thread-safe.
    private let queue: DispatchQueue

    static let marker = DispatchSpecificKey<Bool>()
    /// The one queue of every test with the trait.
    static let heavyTests = QueueExecutor(label: "voelspriet.test.heavy")

    init(label: String) {
        queue = DispatchQueue(label: label)
        queue.setSpecific(key: Self.marker, value: true)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
