/// Reports progress at most about once per mebibyte of input, plus once at the end.
struct ImportProgress: Sendable {
    let callback: (@Sendable (Int, Int) -> Void)?
    let total: Int
    private var nextReport = 0
    private static let step = 1 << 20

    init(_ callback: (@Sendable (Int, Int) -> Void)?, total: Int) {
        self.callback = callback
        self.total = total
    }

    mutating func update(_ bytesRead: Int) {
        guard let callback, bytesRead >= nextReport else { return }
        nextReport = bytesRead + Self.step
        callback(min(bytesRead, total), total)
    }

    func finish() {
        callback?(total, total)
    }
}
