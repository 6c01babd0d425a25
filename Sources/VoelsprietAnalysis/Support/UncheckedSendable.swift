import Foundation

/// Hands a value that is safe to share in this use (read-only bytes) to concurrent work.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// One result slot per concurrent task; each slot is written by exactly one task.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = [Value?](repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }
}
