import Foundation
import Hummingbird
import PlanSite
import ServiceLifecycle

/// Answers every request of the preview: the event stream and the diagnostics under
/// `/_plansite/`, and otherwise a file of the output folder (through `OutputFolder`, which
/// refuses anything outside it) or the site's own 404 page.
struct PreviewResponder: HTTPResponder {
    typealias Context = PreviewRequestContext

    let folder: OutputFolder
    let state: PreviewState
    let events: EventBroadcaster

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "alleen GET en HEAD\n", headers: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? "/"
        let path = String(target.prefix { $0 != "?" })
        switch path {
        case ReloadScript.eventsPath: return eventStream(request)
        case ReloadScript.diagnosticsPath: return diagnostics(head: request.method == .head)
        default: return file(target, head: request.method == .head)
        }
    }

    // MARK: - Files

    private func file(_ target: String, head: Bool) -> Response {
        let snapshot = state.snapshot
        guard snapshot.hasSite else {
            let page = DiagnosticsPage.html(snapshot.blocking)
            return Self.body(.serviceUnavailable, Data(page.utf8), type: MediaTypes.html, head: head)
        }
        switch folder.resolve(target) {
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { return notFound(head: head) }
            return Self.body(.ok, data, type: MediaTypes.forPath(path), head: head)
        case .redirect(let location):
            var response = Self.text(.movedPermanently, "zie \(location)\n", head: head)
            response.headers[.location] = location
            return response
        case .notFound:
            return notFound(head: head)
        }
    }

    private func notFound(head: Bool) -> Response {
        if let page = folder.notFoundPage() {
            return Self.body(.notFound, page, type: MediaTypes.html, head: head)
        }
        return Self.text(.notFound, "Deze pagina bestaat niet.\n", head: head)
    }

    // MARK: - /_plansite/

    private func diagnostics(head: Bool) -> Response {
        Self.body(.ok, Data(state.snapshot.blocking.json().utf8), type: "application/json; charset=utf-8", head: head)
    }

    /// `text/event-stream`: "hallo" with the build id, then "errors" if the sources have
    /// errors now, then every event until the page goes away or the server stops.
    ///
    /// The page going away is seen at once: the connection's inbound side ends when the
    /// browser closes it, and that ends the subscription, so the broadcaster forgets it and
    /// the connection (its file descriptor) is closed now rather than at the next ping.
    private func eventStream(_ request: Request) -> Response {
        let subscription = events.subscribe()
        let snapshot = state.snapshot
        let buildID = state.buildID
        var greeting = "retry: 500\n\n" + EventBroadcaster.Event.hello(buildID).wireFormat
        if !snapshot.blocking.isEmpty { greeting += EventBroadcaster.Event.errors(snapshot.blocking.count).wireFormat }
        let first = greeting
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: first))
            try await request.body.consumeWithInboundCloseHandler { _ in
                // The watcher ends every stream when the server shuts down; this is the backstop.
                try await withGracefulShutdownHandler {
                    for await event in subscription.events {
                        try await writer.write(ByteBuffer(string: event.wireFormat))
                    }
                } onGracefulShutdown: { [events] in
                    events.finish()
                }
            } onInboundClosed: {
                subscription.end()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-store",
            .init("X-Accel-Buffering")!: "no",
        ], body: body)
    }

    // MARK: - Responses

    static func body(_ status: HTTPResponse.Status, _ data: Data, type: String, head: Bool) -> Response {
        Response(status: status, headers: [
            .contentType: type,
            .contentLength: String(data.count),
            .cacheControl: "no-store",
            .init("X-Content-Type-Options")!: "nosniff",
        ], body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, head: Bool = false, headers: HTTPFields = [:]) -> Response {
        var response = body(status, Data(text.utf8), type: "text/plain; charset=utf-8", head: head)
        for field in headers { response.headers.append(field) }
        return response
    }
}
