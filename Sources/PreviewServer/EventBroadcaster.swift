import Foundation

/// Fans the preview's events out to every open page, as Server-Sent Events
/// (`/_plansite/events`). Each subscriber gets its own stream; `finish()` ends them all, so
/// open connections close when the server shuts down.
final class EventBroadcaster: @unchecked Sendable {
    /// One event in the `text/event-stream` format.
    struct Event: Sendable, Equatable {
        var name: String
        var data: String

        /// Files were written: the new build id, then the output paths that changed (at
        /// most `maximumFiles`, else `*`). A page reloads when its own file is among them or
        /// when anything but a page or data file (a style sheet, an image) changed.
        static func reload(_ id: String, files: [String]) -> Event {
            Event(name: "reload", data: ([id] + (files.count > maximumFiles ? ["*"] : files)).joined(separator: " "))
        }
        static let maximumFiles = 100
        /// The sources have errors: fetch `/_plansite/diagnostics` and show them.
        static func errors(_ count: Int) -> Event { Event(name: "errors", data: String(count)) }
        /// The errors are gone but no page changed: remove the overlay.
        static func ok(_ id: String) -> Event { Event(name: "ok", data: id) }
        /// Sent first on every connection with the build id of the served site.
        static func hello(_ id: String) -> Event { Event(name: "hallo", data: id) }
        /// A comment that keeps idle connections open and finds closed ones.
        static let ping = Event(name: "", data: "")

        var wireFormat: String {
            name.isEmpty ? ": ping\n\n" : "event: \(name)\ndata: \(data)\n\n"
        }
    }

    private var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var finished = false
    private let lock = NSLock()

    var subscriberCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    /// One open page's events, and the way to stop them as soon as the page goes.
    struct Subscription: Sendable {
        let events: AsyncStream<Event>
        private let continuation: AsyncStream<Event>.Continuation

        init(events: AsyncStream<Event>, continuation: AsyncStream<Event>.Continuation) {
            self.events = events
            self.continuation = continuation
        }

        /// Ends `events` and drops the subscriber at once, rather than when a later write
        /// (the next ping) fails on the closed connection.
        func end() { continuation.finish() }
    }

    /// The events sent from now on; ended at once after `finish()`.
    func subscribe() -> Subscription {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(32))
        let subscription = Subscription(events: stream, continuation: continuation)
        let id = UUID()
        lock.lock()
        if finished {
            lock.unlock()
            continuation.finish()
            return subscription
        }
        subscribers[id] = continuation
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return subscription
    }

    func send(_ event: Event) {
        lock.lock()
        let targets = Array(subscribers.values)
        lock.unlock()
        for continuation in targets { continuation.yield(event) }
    }

    func finish() {
        lock.lock()
        finished = true
        let targets = Array(subscribers.values)
        subscribers.removeAll()
        lock.unlock()
        for continuation in targets { continuation.finish() }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }
}
