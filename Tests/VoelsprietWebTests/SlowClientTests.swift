import Foundation
import HummingbirdTesting
import Testing
import VoelsprietWeb

#if canImport(Glibc)
    import Glibc
#endif

/// A raw TCP connection, to behave as badly as a real attacker's client.
final class RawConnection {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        _ = text.withCString { Glibc.send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    /// The status line of a whole `GET path` sent on a new connection.
    /// Waits up to a minute for the answer (the machine may be busy with other tests); a
    /// connection closed before answering is tried again, as a browser would. The reads block, so
    /// they run on a thread of their own: on the cooperative pool they would hold one of the
    /// threads the server needs to answer.
    static func statusLine(port: Int, path: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try blockingStatusLine(port: port, path: path) }) }
        }
    }

    private static func blockingStatusLine(port: Int, path: String) throws -> String {
        let deadline = ContinuousClock.now + .seconds(60)
        var line = ""
        while ContinuousClock.now < deadline {
            let connection = try RawConnection(port: port)
            connection.send("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            var buffer = [UInt8](repeating: 0, count: 64)
            var read = -1
            while ContinuousClock.now < deadline {
                read = recv(connection.descriptor, &buffer, 64, 0)
                if read >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { break }
            }
            line = String(decoding: buffer.prefix(max(read, 0)), as: UTF8.self).components(separatedBy: "\r\n")[0]
            if !line.isEmpty { return line }
            usleep(100_000)
        }
        return line
    }

    /// True once the server has closed the connection (a read returns end of file or a reset).
    var isClosedByServer: Bool {
        var byte: UInt8 = 0
        let read = recv(descriptor, &byte, 1, 0)
        return read == 0 || (read < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }
}

/// Finding 6: 300 connections sending half a header stayed open indefinitely (no header or
/// idle timeout, no connection cap).
@Suite("Slow clients and the connection cap")
struct SlowClientTests {
    static func run(limits: ServerLimits, _ body: @escaping @Sendable (any TestClientProtocol, Int) async throws -> Void) async throws {
        try await TestApp.run(testing: .live, demo: false, configure: { $0.limits = limits }) { client, _ in
            try await body(client, try #require(client.port))
        }
    }

    @Test("half a header, a trickle of bytes, or nothing at all: closed after the header timeout")
    func slowHeaders() async throws {
        var limits = ServerLimits()
        limits.headerTimeout = .milliseconds(1500)
        try await Self.run(limits: limits) { client, port in
            let silent = try RawConnection(port: port)
            let half = try RawConnection(port: port)
            half.send("GET /healthz HTTP/1.1\r\nHost: x\r\n")
            let trickle = try RawConnection(port: port)
            let start = ContinuousClock.now
            for character in "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + String(repeating: "a", count: 40) {
                trickle.send(String(character))
                try await Task.sleep(for: .milliseconds(50))
                if ContinuousClock.now - start > .seconds(3) { break }
            }
            try await Task.sleep(for: .milliseconds(500))
            #expect(silent.isClosedByServer && half.isClosedByServer && trickle.isClosedByServer)
            // And a well-behaved client is served throughout.
            #expect(try await RawConnection.statusLine(port: port, path: "/healthz") == "HTTP/1.1 200 OK")
            _ = client
        }
    }

    @Test("connections beyond the cap are closed at once; the server serves again when they go")
    func connectionCap() async throws {
        var limits = ServerLimits()
        limits.maxConnections = 8
        limits.headerTimeout = .seconds(4)
        try await Self.run(limits: limits) { client, port in
            // The test client's own connection may count too: fill up to the cap and past it.
            var held: [RawConnection] = []
            for _ in 0..<8 { held.append(try RawConnection(port: port)) }
            try await Task.sleep(for: .milliseconds(200))
            let extra = try RawConnection(port: port)
            try await Task.sleep(for: .milliseconds(200))
            #expect(extra.isClosedByServer)
            #expect(held.prefix(6).allSatisfy { !$0.isClosedByServer }, "connections within the cap stay")
            held.removeAll()
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await RawConnection.statusLine(port: port, path: "/healthz") == "HTTP/1.1 200 OK")
            _ = client
        }
    }
}
