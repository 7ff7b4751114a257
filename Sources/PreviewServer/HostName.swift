#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A host as `--host` or a `Host` header names it, compared by meaning rather than by
/// spelling: an IP literal by its bytes (so `[0:0::1]` is `[::1]`), a name case-blind.
/// Both the exposure warning and the Host check need to know what an address is.
enum HostName: Hashable, Sendable {
    case ipv4([UInt8])
    case ipv6([UInt8])
    case name(String)

    /// `--host` as given: an IPv6 literal comes without brackets.
    init(listening host: String) {
        if let bytes = Self.ipv4Bytes(host) {
            self = .ipv4(bytes)
        } else if let bytes = Self.ipv6Bytes(Self.unbracketed(host)) {
            self = .ipv6(bytes)
        } else {
            self = .name(host.lowercased())
        }
    }

    /// The host part of a `Host` header: an IPv6 literal must be bracketed there. Nil for
    /// anything malformed (brackets around something that is not an IPv6 address).
    init?(header host: String) {
        if host.hasPrefix("[") {
            guard host.hasSuffix("]"), let bytes = Self.ipv6Bytes(Self.unbracketed(host)) else { return nil }
            self = .ipv6(bytes)
        } else if let bytes = Self.ipv4Bytes(host) {
            self = .ipv4(bytes)
        } else {
            guard !host.isEmpty, !host.contains(":") else { return nil }
            self = .name(host.lowercased())
        }
    }

    static let localhost = HostName.name("localhost")
    static let loopbackIPv4 = HostName.ipv4([127, 0, 0, 1])
    static let loopbackIPv6 = HostName.ipv6(Array(repeating: 0, count: 15) + [1])

    /// Only this computer can connect: 127.0.0.0/8, ::1 (also IPv4-mapped) or `localhost`.
    /// Any other name counts as reachable from elsewhere, since it may resolve to anything.
    var isLoopback: Bool {
        switch self {
        case .ipv4(let bytes): bytes[0] == 127
        case .ipv6(let bytes): self == Self.loopbackIPv6 || (Self.isIPv4Mapped(bytes) && bytes[12] == 127)
        case .name(let name): name == "localhost"
        }
    }

    /// 0.0.0.0 or `::`: every address of the computer, loopback included.
    var isWildcard: Bool {
        switch self {
        case .ipv4(let bytes), .ipv6(let bytes): bytes.allSatisfy { $0 == 0 }
        case .name: false
        }
    }

    private static func isIPv4Mapped(_ bytes: [UInt8]) -> Bool {
        bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff
    }

    private static func unbracketed(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") && host.count >= 2 ? String(host.dropFirst().dropLast()) : host
    }

    private static func ipv4Bytes(_ text: String) -> [UInt8]? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    private static func ipv6Bytes(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }
}
