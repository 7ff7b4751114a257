import Hummingbird

/// Answers only requests whose `Host` header names the address the preview listens on;
/// everything else gets 421 Misdirected Request.
///
/// Why: a web page on any site can point its own domain name at 127.0.0.1 (DNS rebinding)
/// and then read the preview as "same origin": the drafts, unpublished text and
/// `/_plansite/diagnostics`. The browser still sends the page's own domain in `Host`, so
/// refusing unknown names closes that door. It sits in front of every route, the event
/// stream and the diagnostics included.
struct HostCheckMiddleware: RouterMiddleware {
    typealias Context = PreviewRequestContext

    /// The host names that reach this server (the port comes from the connection).
    let accepted: Set<HostName>

    /// For a loopback `--host`: 127.0.0.1, localhost and [::1], and the host itself. For
    /// 0.0.0.0 or `::`, which include loopback: those and the wildcard itself. For any
    /// other host: only that host.
    init(listeningOn host: String) {
        let listening = HostName(listening: host)
        var accepted: Set<HostName> = [listening]
        if listening.isLoopback || listening.isWildcard {
            accepted.formUnion([.loopbackIPv4, .localhost, .loopbackIPv6])
        }
        self.accepted = accepted
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let port = context.localPort, accepts(request.head.authority, port: port) else {
            return PreviewResponder.text(.misdirectedRequest, Self.refusal, head: request.method == .head)
        }
        return try await next(request, context)
    }

    static let refusal = "Dit adres hoort niet bij deze preview. Open de preview via het adres dat plansite serve in de terminal toont.\n"

    /// `Host` as sent: `name`, `name:port`, `[v6]` or `[v6]:port`; without a port it means 80.
    func accepts(_ authority: String?, port: Int) -> Bool {
        guard let authority else { return false }
        var host = Substring(authority)
        var given = 80
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            let digits = authority[authority.index(after: colon)...]
            guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
                return false
            }
            given = number
            host = authority[..<colon]
        }
        guard given == port, let name = HostName(header: String(host)) else { return false }
        return accepted.contains(name)
    }
}
