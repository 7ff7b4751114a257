import Foundation
import Logging
import PreviewServer
import ServiceLifecycle

/// Starts a real preview server, as `plansite serve` does, on a free port of 127.0.0.1, over
/// a copy of the editors' example site (docs/voorbeeld) in a scratch folder.
final class PreviewHarness: @unchecked Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = repository.appendingPathComponent("docs/voorbeeld")

    let scratch: URL
    let content: URL
    let server: PreviewServer
    let port: Int
    private let group: ServiceGroup
    private let task: Task<Void, any Error>
    private let lines = Lines()

    final class Lines: @unchecked Sendable {
        private var all: [String] = []
        private let lock = NSLock()
        func append(_ line: String) { lock.lock(); all.append(line); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return all.joined(separator: "\n") }
    }

    /// What the server printed for the terminal.
    var log: String { lines.text }

    struct StartFailure: Error, CustomStringConvertible { var description: String }

    /// - Parameter prepare: changes the copied content before the first build.
    /// - Parameter host: `--host`; the tests still connect to 127.0.0.1.
    init(output: String? = nil, debounce: Duration? = nil, host: String? = nil, prepare: (URL) throws -> Void = { _ in }) async throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-serve-test-\(UUID().uuidString.prefix(8))")
        content = scratch.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.example, to: content)
        try prepare(content)

        let (ready, readyContinuation) = AsyncStream.makeStream(of: Int.self)
        var configuration = PreviewConfiguration(content: content.path, output: output)
        configuration.port = 0
        if let host { configuration.host = host }
        if let debounce { configuration.debounce = debounce }
        configuration.log = { [lines] in lines.append($0) }
        configuration.onReady = { readyContinuation.yield($0) }
        server = try await buildPreviewServer(configuration)
        let group = ServiceGroup(configuration: .init(services: [server], logger: Logger(label: "test")))
        self.group = group
        task = Task {
            defer { readyContinuation.finish() }
            try await group.run()
        }
        var iterator = ready.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try? await task.value
            throw StartFailure(description: "the preview server did not start:\n\(lines.text)")
        }
        self.port = port
    }

    /// Runs `body` against a fresh server and stops it afterwards, also when `body` throws.
    static func with(output: String? = nil, debounce: Duration? = nil, host: String? = nil, prepare: (URL) throws -> Void = { _ in },
                     _ body: (PreviewHarness) async throws -> Void) async throws {
        let preview = try await PreviewHarness(output: output, debounce: debounce, host: host, prepare: prepare)
        do {
            try await body(preview)
        } catch {
            try? await preview.stop()
            throw error
        }
        try await preview.stop()
    }

    /// Waits until the server has printed `count` lines containing `needle`.
    func waitForLog(_ needle: String, count: Int = 1, timeout: Double = 20) async throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if log.components(separatedBy: needle).count - 1 >= count { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    func file(_ relative: String) -> URL { content.appendingPathComponent(relative) }

    /// Replaces `old` by `new` in a content file, as an editor's save does.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let url = file(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(old), "\(relative) does not contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func get(_ target: String) async throws -> RawHTTP.Reply {
        try await RawHTTP.get(target, port: port)
    }

    /// Graceful shutdown, as on Ctrl-C; returns once the server has stopped.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
        try? FileManager.default.removeItem(at: scratch)
    }
}
