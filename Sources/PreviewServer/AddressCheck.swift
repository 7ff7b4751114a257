#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks the `--host` up and binds and releases the address once, as the server will (with
/// SO_REUSEADDR), so an unknown host or a port in use is reported in Dutch before the first
/// build rather than as NIO's English error after it. With `--port 0` the lookup and the
/// bind still happen: the system then picks a port, which cannot be in use, but the host
/// can still be unknown or not belong to this computer.
func checkAddressIsFree(host: String, port: Int) throws {
    var hints = addrinfo()
    hints.ai_flags = AI_PASSIVE
    hints.ai_family = AF_UNSPEC
    #if canImport(Glibc)
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
    hints.ai_socktype = SOCK_STREAM
    #endif
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, String(port), &hints, &list)
    guard status == 0, let first = list else {
        throw lookupFailure(status, host: host)
    }
    defer { freeaddrinfo(list) }
    let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
    guard fd >= 0 else { return }  // the server will report it
    defer { close(fd) }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    if bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 {
        throw bindFailure(errno, host: host, port: port)
    }
}

/// getaddrinfo's status as a Dutch reason; the system's own words stay in parentheses.
private func lookupFailure(_ status: Int32, host: String) -> PreviewError {
    switch status {
    case EAI_NONAME:
        return .unknownHost(host: host)
    case EAI_AGAIN:
        return .hostLookupFailed(host: host, reason: "de naamserver antwoordt nu niet")
    case EAI_SYSTEM:
        return .hostLookupFailed(host: host, reason: String(cString: strerror(errno)))
    default:
        return .hostLookupFailed(host: host, reason: String(cString: gai_strerror(status)))
    }
}

/// bind's errno as the matching Dutch sentence.
func bindFailure(_ code: Int32, host: String, port: Int) -> PreviewError {
    switch code {
    case EADDRINUSE: .portInUse(host: host, port: port)
    case EADDRNOTAVAIL: .addressNotLocal(host: host)
    case EACCES: .portNeedsPrivileges(host: host, port: port)
    default: .cannotListen(host: host, port: port, reason: String(cString: strerror(code)))
    }
}
