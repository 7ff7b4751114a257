import Hummingbird

/// The request context of the preview: Hummingbird's basic one plus the port the connection
/// came in on. The Host check compares the `Host` header with it; taking it from the
/// connection itself means no shared state and no window, with `--port 0`, before the
/// chosen port is known.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The server's port of this connection; nil if the socket no longer knows it.
    let localPort: Int?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        localPort = source.channel.localAddress?.port
    }
}
