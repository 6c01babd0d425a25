import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Where a request comes from, as the key of the in-memory throttles: the IPv4 address, or the
/// /64 network of an IPv6 address (one subscriber's whole range). Held in memory only.
///
/// Behind a reverse proxy every request comes from the proxy; `serve --client-address-header`
/// names the header the proxy sets (such as `X-Forwarded-For`), whose last entry is then used.
enum ClientKey {
    static func key(_ request: Request, _ context: AppRequestContext, header: String?) -> String {
        if let header, let name = HTTPField.Name(header), let value = request.headers[values: name].last,
            let last = value.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            return network(of: last)
        }
        guard let address = context.remoteAddress else { return "unknown" }
        switch address {
        case .v4: return address.ipAddress ?? "unknown"
        case .v6: return network(of: address.ipAddress ?? "unknown")
        case .unixDomainSocket: return "local"
        }
    }

    /// An IPv6 address cut to its first four groups (its /64); anything else as it is.
    static func network(of address: String) -> String {
        guard address.contains(":") else { return String(address.prefix(64)) }
        guard let expanded = try? SocketAddress(ipAddress: address, port: 0), case .v6(let v6) = expanded else {
            return String(address.prefix(64))
        }
        let bytes = withUnsafeBytes(of: v6.address.sin6_addr) { Array($0.prefix(8)) }
        return stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":") + "::/64"
    }
}
