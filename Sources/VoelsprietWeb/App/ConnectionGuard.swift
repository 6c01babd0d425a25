import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

/// How long the server waits for slow clients, and how many it serves at once.
public struct ServerLimits: Sendable {
    /// A new connection must have sent a whole request head within this.
    public var headerTimeout: Duration = .seconds(10)
    /// Between requests on a kept-alive connection, the next head must be complete within this.
    public var idleTimeout: Duration = .seconds(30)
    /// From the request head to the end of its body (bodies are 64 KiB at most, 1 MiB for an
    /// instrument).
    public var requestTimeout: Duration = .seconds(60)
    /// Connections beyond this many are closed at once.
    public var maxConnections: Int = 1024

    public init() {}
}

/// Counts the server's open connections.
final class ConnectionCounter: Sendable {
    private let open = NIOLockedValueBox(0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// True (and counted) when there is room for one more.
    func enter() -> Bool {
        open.withLockedValue { open in
            guard open < limit else { return false }
            open += 1
            return true
        }
    }

    func leave() { open.withLockedValue { $0 -= 1 } }
    var count: Int { open.withLockedValue { $0 } }
}

/// Closes connections that hold the server without using it (finding 6: 300 connections
/// sending half a header stayed open indefinitely): no whole request head within the header
/// timeout (a slow-loris client trickling bytes gets no more time than a silent one), no next
/// request within the idle timeout, a body that takes longer than the request timeout; and
/// connections beyond the cap.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let limits: ServerLimits
    let counter: ConnectionCounter
    private var counted = false
    private var reading = false
    private var deadline: Scheduled<Void>?

    init(limits: ServerLimits, counter: ConnectionCounter) {
        self.limits = limits
        self.counter = counter
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard counter.enter() else {
            context.close(promise: nil)
            return
        }
        counted = true
        arm(context, limits.headerTimeout)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        if counted {
            counted = false
            counter.leave()
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            reading = true
            arm(context, limits.requestTimeout)
        case .end:
            // The request is in; the handler may take its time to answer.
            reading = false
            deadline?.cancel()
            deadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), !reading { arm(context, limits.idleTimeout) }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext, _ timeout: Duration) {
        deadline?.cancel()
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: TimeAmount(timeout)) { channel.close(promise: nil) }
    }
}
