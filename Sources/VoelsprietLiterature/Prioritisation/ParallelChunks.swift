import Dispatch

/// Splits `0..<count` into at most two contiguous chunks (the machines this runs on have two
/// cores, and more chunks only add overhead) and runs `body` on them concurrently; with fewer
/// than `minimumChunk` items per chunk it runs on the calling thread. Each item is handled by
/// exactly one chunk with the same arithmetic as a serial loop, so results do not depend on
/// the split.
enum ParallelChunks {
    static func run(count: Int, minimumChunk: Int, _ body: (Range<Int>) -> Void) {
        let chunks = min(2, count / max(1, minimumChunk))
        guard chunks >= 2 else {
            body(0..<count)
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                shared.value(count * chunk / chunks..<count * (chunk + 1) / chunks)
            }
        }
    }
}

/// A value handed to the threads of `ParallelChunks`; the caller guarantees that the chunks
/// touch disjoint memory.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
