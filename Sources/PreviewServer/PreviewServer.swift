import Foundation
import Hummingbird
import Logging
import PlanSite
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything `plansite serve` can be told.
public struct PreviewConfiguration: Sendable {
    /// The content folder; `themes/` beside it is watched too.
    public var content: String
    /// Where the site is written; nil builds into a new temporary folder, removed on exit.
    public var output: String?
    public var host = "127.0.0.1"
    /// 0 lets the system pick a free port (`onReady` tells which).
    public var port = 8000
    public var includeConcept = false
    /// How often the folders are looked at where inotify is missing.
    public var pollInterval: Duration = .milliseconds(50)
    /// How long the folders must stay unchanged before a burst of saves is rebuilt. One
    /// save (an editor's temporary file renamed over the page, or a truncate and a write)
    /// is over within a millisecond, and the files of a checkout follow each other closer
    /// than this; every millisecond here is one the editor waits for the page.
    public var debounce: Duration = .milliseconds(5)
    /// Lines for the terminal: progress, and diagnostics in the text format.
    public var log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    /// Called once the server listens, with the port it listens on.
    public var onReady: @Sendable (_ port: Int) async -> Void = { _ in }

    public init(content: String, output: String? = nil) {
        self.content = content
        self.output = output
    }
}

/// Why the preview cannot start: all are failures of the command (exit 2). Each says in
/// Dutch what is wrong and what to do; the system's own (English) reason, where one is
/// kept, comes after it in parentheses.
public enum PreviewError: Error, CustomStringConvertible, Sendable {
    case portInUse(host: String, port: Int)
    case unknownHost(host: String)
    case hostLookupFailed(host: String, reason: String)
    case addressNotLocal(host: String)
    case portNeedsPrivileges(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    case output(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "poort \(port) op \(host) is al in gebruik (draait er al een plansite serve?); kies een andere met --port"
        case .unknownHost(let host):
            "het adres `\(host)` voor --host is onbekend (geen computer met die naam); gebruik 127.0.0.1"
        case .hostLookupFailed(let host, let reason):
            "het adres `\(host)` voor --host kan niet worden opgezocht (\(reason)); gebruik 127.0.0.1"
        case .addressNotLocal(let host):
            "het adres `\(host)` voor --host hoort niet bij deze computer; gebruik 127.0.0.1 of een adres van deze computer"
        case .portNeedsPrivileges(let host, let port):
            "poort \(port) op \(host) mag alleen de beheerder gebruiken; kies met --port een poort boven 1023"
        case .cannotListen(let host, let port, let reason):
            "de preview kan niet luisteren op \(host):\(port) (\(reason))"
        case .output(let reason):
            reason
        }
    }
}

/// Builds the preview: checks that the address is free, builds the site once (reporting to
/// `configuration.log`), and returns the server, ready to `run()`. `plansite serve` and the
/// tests both start the preview through this function.
public func buildPreviewServer(_ configuration: PreviewConfiguration) async throws -> PreviewServer {
    try checkAddressIsFree(host: configuration.host, port: configuration.port)
    if let warning = exposureWarning(host: configuration.host, includeConcept: configuration.includeConcept) {
        configuration.log(warning)
    }

    let content = URL(fileURLWithPath: configuration.content).standardizedFileURL.path
    let themes = URL(fileURLWithPath: content).deletingLastPathComponent().appendingPathComponent("themes").path
    var temporary: String?
    let output: String
    if let given = configuration.output {
        output = URL(fileURLWithPath: given).standardizedFileURL.path
        // The same rule as `build`: never the content folder, inside it, above it, or a
        // folder of someone's own files.
        do throws(WriteError) {
            _ = try OutputFolderGuard.check(output: output, content: content, replaceForeign: false)
        } catch {
            throw PreviewError.output(error.description)
        }
    } else {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PreviewError.output("kan geen tijdelijke map maken in \(FileManager.default.temporaryDirectory.path) (\(error.localizedDescription))")
        }
        temporary = folder.path
        output = folder.appendingPathComponent("site").path
    }

    var options = SiteBuild.Options(content: configuration.content, output: output)
    options.includeConcept = configuration.includeConcept
    options.reloadScript = ReloadScript.html
    options.parseCache = ParseCache()
    let state = PreviewState()
    let events = EventBroadcaster()
    let rebuilder = SiteRebuilder(options: options, state: state, events: events, log: configuration.log)

    // The snapshot is taken before the first build, so a save during it is not missed.
    let roots = [content, themes]
    let initial = SourceSnapshot.take(roots, excluding: output)
    await rebuilder.rebuild()

    let watcher = SourceWatcher(roots: roots, excluded: output, rebuilder: rebuilder, interval: configuration.pollInterval,
                                quiet: configuration.debounce, initial: initial)
    var logger = Logger(label: "plansite.serve")
    logger.logLevel = .error
    let host = configuration.host
    let log = configuration.log
    let onReady = configuration.onReady
    let responder = PreviewResponder(folder: OutputFolder(root: output), state: state, events: events)
    let hostCheck = HostCheckMiddleware(listeningOn: host)
    let app = Application(
        responder: CallbackResponder { request, context in
            try await hostCheck.handle(request, context: context) { try await responder.respond(to: $0, context: $1) }
        },
        configuration: .init(address: .hostname(host, port: configuration.port), serverName: "plansite"),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            let shown = host.contains(":") ? "[\(host)]" : host
            log("plansite: voorbeeld op http://\(shown):\(port)/ (uitvoer in \(output); Ctrl-C stopt)")
            log("plansite: bouwt opnieuw bij elke wijziging in \(configuration.content)/ en \(SiteBuild.displayPath(themes))/")
            await onReady(port)
        },
        logger: logger)
    return PreviewServer(app: app, watcher: watcher, output: output, temporary: temporary, host: host, port: configuration.port, logger: logger)
}

/// The running preview: the HTTP server and the watcher in one service group. On graceful
/// shutdown the watcher stops first (finishing a rebuild under way and closing the event
/// streams), then the server; a temporary output folder is removed at the end.
public struct PreviewServer: Service {
    let app: Application<CallbackResponder<PreviewRequestContext>>
    let watcher: SourceWatcher
    /// The folder being served.
    public let output: String
    let temporary: String?
    let host: String
    let port: Int
    let logger: Logger

    /// How many event streams are open; the tests watch a closed one go.
    var eventSubscriberCount: Int { watcher.rebuilder.events.subscriberCount }

    /// Runs until cancelled or shut down gracefully by an enclosing service group.
    public func run() async throws {
        // Services shut down in reverse order: the watcher before the server.
        let group = ServiceGroup(configuration: .init(services: [app, watcher], logger: logger))
        do {
            try await group.run()
        } catch {
            removeTemporaryFolder()
            throw Self.explain(error, host: host, port: port)
        }
        removeTemporaryFolder()
    }

    /// Runs until SIGINT (Ctrl-C) or SIGTERM, then stops cleanly.
    public func runUntilSignalled() async throws {
        let group = ServiceGroup(configuration: .init(services: [self], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        try await group.run()
    }

    private func removeTemporaryFolder() {
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// NIO's bind error, in the words of the contract.
    static func explain(_ error: any Error, host: String, port: Int) -> any Error {
        let text = String(describing: error)
        for code in [EADDRINUSE, EADDRNOTAVAIL, EACCES] where text.contains(String(cString: strerror(code))) || text.contains("errno: \(code)") {
            return bindFailure(code, host: host, port: port)
        }
        if text.contains("unknown(host:") {
            return PreviewError.unknownHost(host: host)
        }
        if text.contains("bind") {
            return PreviewError.cannotListen(host: host, port: port, reason: text)
        }
        return error
    }
}
