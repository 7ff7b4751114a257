import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately plain HTTP/1.1 client over a socket to 127.0.0.1. URLSession (and curl
/// under it) removes `..` segments and re-encodes paths before sending; the traversal tests
/// need the request target on the wire exactly as written.
enum RawHTTP {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Sends one request (`Connection: close`) and reads the whole reply.
    static func request(_ target: String, method: String = "GET", port: Int, timeout: Double = 10) async throws -> Reply {
        try await exchange("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", port: port, timeout: timeout)
    }

    /// Sends `request` exactly as written (it should ask for `Connection: close`) and reads
    /// the whole reply; for requests with an unusual `Host` header or none.
    static func exchange(_ request: String, port: Int, timeout: Double = 10) async throws -> Reply {
        try await offPool {
            let fd = try connect(port: port, timeout: timeout)
            defer { close(fd) }
            try send(fd, request)
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
                if n == 0 { break }
                throw Failure(description: "recv: \(String(cString: strerror(errno)))")
            }
            return try parse(data)
        }
    }

    static func get(_ target: String, port: Int) async throws -> Reply {
        try await request(target, port: port)
    }

    static func parse(_ data: Data) throws -> Reply {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no header end in \(data.count) bytes") }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1.1 "), let status = Int(statusLine.dropFirst(9).prefix(3)) else {
            throw Failure(description: "bad status line")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[split.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return Reply(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    static func dechunk(_ data: Data) -> Data {
        var out = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
            guard size > 0 else { break }
            let start = lineEnd.upperBound
            guard let end = rest.index(start, offsetBy: size, limitedBy: rest.endIndex) else { break }
            out.append(rest[start..<end])
            rest = rest[min(rest.endIndex, end + 2)...]
        }
        return out
    }

    static func connect(port: Int, timeout: Double) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int(timeout * 1_000_000) % 1_000_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            sent += n
        }
    }

    /// Blocking socket work runs on a Dispatch thread, not on the concurrency pool the
    /// server under test needs.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}

/// An open `/_plansite/events` connection, read as raw text.
final class EventStream: @unchecked Sendable {
    private let fd: Int32
    /// Everything received so far (headers included).
    private(set) var received = ""
    /// What no `waitFor` has consumed yet.
    private var pending = ""

    private init(fd: Int32) {
        self.fd = fd
    }

    static func open(port: Int) async throws -> EventStream {
        try await RawHTTP.offPool {
            let fd = try RawHTTP.connect(port: port, timeout: 0.25)
            try RawHTTP.send(fd, "GET /_plansite/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
            return EventStream(fd: fd)
        }
    }

    /// Reads until `needle` appears in what earlier waits left; returns the event from the
    /// needle up to its closing blank line (so the data line too), or nil after `timeout`.
    func waitFor(_ needle: String, timeout: Double = 20) async throws -> String? {
        try await RawHTTP.offPool { self.blockingWait(needle, timeout: timeout) }
    }

    private func blockingWait(_ needle: String, timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            if let found = pending.range(of: needle),
               let end = pending.range(of: "\n\n", range: found.upperBound..<pending.endIndex) {
                let event = String(pending[found.lowerBound..<end.lowerBound])
                pending = String(pending[end.upperBound...])
                return event
            }
            guard Date() < deadline else { return nil }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 {
                let chunk = String(decoding: buffer[0..<n], as: UTF8.self)
                received += chunk
                pending += chunk
            } else if n == 0 {
                return nil
            }
        }
    }

    /// True once the server has closed the connection (within `timeout`).
    func waitForClose(timeout: Double = 10) async throws -> Bool {
        try await RawHTTP.offPool {
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 8192)
            while Date() < deadline {
                let n = recv(self.fd, &buffer, buffer.count, 0)
                if n == 0 { return true }
                if n < 0 && errno != EAGAIN && errno != EWOULDBLOCK { return true }
            }
            return false
        }
    }

    /// Tells the server this side sends nothing more (a half close), as a closing page does;
    /// the connection stays readable, so `waitForClose` sees the server's answer to it.
    func closeWriting() {
        _ = shutdown(fd, Int32(SHUT_WR))
    }

    func close() {
        _ = Glibc.close(fd)
    }
}
