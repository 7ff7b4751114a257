import Foundation
import Testing
@testable import PreviewServer

/// The preview against what another web page, another computer or a typo can throw at it:
/// DNS rebinding (a foreign `Host`), an address reachable from the network, event streams
/// that are closed and must not linger, and a `--host` that does not exist. Serialized like
/// `ServeTests`: each test starts its own server, and the machine has two cores.
@Suite(.serialized) struct HostileServeTests {
    /// One request with the given `Host` line (nil: no Host header at all).
    static func request(_ target: String, host: String?, port: Int) async throws -> RawHTTP.Reply {
        let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
        return try await RawHTTP.exchange("GET \(target) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n", port: port, timeout: 30)
    }

    /// Polls `condition` until it holds or `timeout` seconds have passed.
    static func eventually(within timeout: Double, _ condition: () -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return condition()
    }

    // MARK: - Host check

    @Test func aForeignHostIsMisdirectedOnEveryRoute() async throws {
        try await PreviewHarness.with { preview in
            let port = preview.port
            for target in ["/", "/_plansite/diagnostics", "/_plansite/events", ServeTests.chapterURL] {
                for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example:\(port)", "localhost:\(port + 1)"] {
                    let reply = try await Self.request(target, host: host, port: port)
                    #expect(reply.status == 421, "\(target) with Host \(host) gave \(reply.status)")
                    #expect(reply.body.contains("Dit adres hoort niet bij deze preview"), "\(reply.body)")
                    #expect(!reply.body.contains("<html"), "no page leaks out")
                    #expect(reply.header("content-type") != "text/event-stream; charset=utf-8")
                }
            }
            // The refused event stream never subscribed.
            #expect(preview.server.eventSubscriberCount == 0)
        }
    }

    @Test func theAddressItListensOnIsAnswered() async throws {
        try await PreviewHarness.with { preview in
            let port = preview.port
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LocalHost:\(port)", "[::1]:\(port)"] {
                let home = try await Self.request("/", host: host, port: port)
                #expect(home.status == 200, "Host \(host) gave \(home.status)")
                #expect(home.body.contains("<html lang=\"nl\""))
                let diagnostics = try await Self.request("/_plansite/diagnostics", host: host, port: port)
                #expect(diagnostics.status == 200, "Host \(host) gave \(diagnostics.status)")
                #expect(diagnostics.body.filter { !$0.isWhitespace } == "[]")
            }
            // Without a port the Host means port 80, which this server is not on.
            #expect(try await Self.request("/", host: "127.0.0.1", port: port).status == 421)
        }
    }

    @Test func aRequestWithoutHostIsRefused() async throws {
        try await PreviewHarness.with { preview in
            for target in ["/", "/_plansite/diagnostics"] {
                let reply = try await Self.request(target, host: nil, port: preview.port)
                #expect(reply.status == 421 || reply.status == 400, "\(target) without Host gave \(reply.status)")
                #expect(!reply.body.contains("<html"))
                #expect(!reply.body.contains("["))
            }
        }
    }

    @Test func hostHeadersAreComparedByMeaning() {
        let loopback = HostCheckMiddleware(listeningOn: "127.0.0.1")
        #expect(loopback.accepts("[0:0:0:0:0:0:0:1]:8000", port: 8000))
        #expect(loopback.accepts("LOCALHOST:8000", port: 8000))
        #expect(loopback.accepts("localhost", port: 80))
        #expect(!loopback.accepts("localhost", port: 8000))
        #expect(!loopback.accepts("localhost:", port: 8000))
        #expect(!loopback.accepts("localhost:80000", port: 8000))
        #expect(!loopback.accepts("localhost:8000:8000", port: 8000))
        #expect(!loopback.accepts("[::1:8000", port: 8000))
        #expect(!loopback.accepts("::1:8000", port: 8000))
        #expect(!loopback.accepts("127.0.0.2:8000", port: 8000))
        #expect(!loopback.accepts("", port: 8000))
        #expect(!loopback.accepts(nil, port: 8000))

        let network = HostCheckMiddleware(listeningOn: "192.168.1.5")
        #expect(network.accepts("192.168.1.5:8000", port: 8000))
        #expect(!network.accepts("localhost:8000", port: 8000))
        #expect(!network.accepts("evil.example:8000", port: 8000))

        let named = HostCheckMiddleware(listeningOn: "Preview.Local")
        #expect(named.accepts("preview.local:8000", port: 8000))
        #expect(!named.accepts("127.0.0.1:8000", port: 8000))

        let wildcard = HostCheckMiddleware(listeningOn: "::")
        #expect(wildcard.accepts("[::]:8000", port: 8000))
        #expect(wildcard.accepts("localhost:8000", port: 8000))
        #expect(!wildcard.accepts("evil.example:8000", port: 8000))
    }

    // MARK: - Exposure warning

    @Test func listeningOnEveryAddressWarnsThatTheNetworkCanRead() async throws {
        try await PreviewHarness.with(host: "0.0.0.0") { preview in
            #expect(preview.log.contains("plansite: let op: de preview luistert op 0.0.0.0 en is bereikbaar vanaf andere computers"), "\(preview.log)")
            #expect(preview.log.contains("de ongepubliceerde tekst"))
            #expect(preview.log.contains("de meldingen"))
            // This computer still reaches it by its loopback name.
            let home = try await preview.get("/")
            #expect(home.status == 200)
            let foreign = try await Self.request("/", host: "evil.example:\(preview.port)", port: preview.port)
            #expect(foreign.status == 421)
        }
    }

    @Test func loopbackDoesNotWarn() async throws {
        try await PreviewHarness.with { preview in
            #expect(preview.log.contains("voorbeeld op http://127.0.0.1:"))
            #expect(!preview.log.contains("let op"), "\(preview.log)")
        }
    }

    @Test func onlyLoopbackAddressesCountAsPrivate() {
        for host in ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "localhost", "LOCALHOST"] {
            #expect(exposureWarning(host: host, includeConcept: false) == nil, "\(host)")
        }
        for host in ["0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "128.0.0.1", "::ffff:10.0.0.1", "fe80::1", "preview.local", "localhost.evil.example"] {
            #expect(exposureWarning(host: host, includeConcept: false)?.contains("bereikbaar vanaf andere computers") == true, "\(host)")
        }
        #expect(exposureWarning(host: "0.0.0.0", includeConcept: true)?.contains("concepten") == true)
    }

    // MARK: - Event streams

    @Test func aClosedEventStreamIsFreedAtOnceNotAtTheNextPing() async throws {
        // Everything below must happen well within one ping interval, so the ping cannot be what frees it.
        #expect(SourceWatcher.pingInterval >= .seconds(10))
        try await PreviewHarness.with { preview in
            let server = preview.server
            #expect(server.eventSubscriberCount == 0)

            // A page that half-closes (sends FIN, keeps reading): the server closes the
            // connection, so its socket is freed, and forgets the subscriber.
            let halfClosed = try await EventStream.open(port: preview.port)
            defer { halfClosed.close() }
            _ = try #require(try await halfClosed.waitFor("event: hallo"), "\(halfClosed.received)")
            #expect(server.eventSubscriberCount == 1)
            let start = Date()
            halfClosed.closeWriting()
            #expect(try await halfClosed.waitForClose(timeout: 2), "the server kept the connection open")
            #expect(try await Self.eventually(within: 2) { server.eventSubscriberCount == 0 })
            #expect(Date().timeIntervalSince(start) < 2.5)

            // A page that closes its socket outright, as a browser tab does.
            let closed = try await EventStream.open(port: preview.port)
            _ = try #require(try await closed.waitFor("event: hallo"))
            let other = try await EventStream.open(port: preview.port)
            defer { other.close() }
            _ = try #require(try await other.waitFor("event: hallo"))
            #expect(server.eventSubscriberCount == 2)
            closed.close()
            #expect(try await Self.eventually(within: 2) { server.eventSubscriberCount == 1 }, "count: \(server.eventSubscriberCount)")

            // The page still open keeps getting events.
            try preview.edit(ServeTests.chapter, replacing: "Veel vragen", with: "Nog steeds open. Veel vragen")
            #expect(try await other.waitFor("event: reload") != nil)
        }
    }

    // MARK: - Start-up failures

    @Test func anUnknownHostIsADutchMessageAndExitStatus2() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-serve-host-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.copyItem(at: PreviewHarness.example, to: content)

        let process = Process()
        process.executableURL = ServeCommandTests.binary
        process.arguments = ["serve", "--host", "bestaat.niet.invalid", "--port", "0", "--content", content.path]
        process.currentDirectoryURL = scratch
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(stderr)")
        #expect(stderr.contains("plansite: het adres `bestaat.niet.invalid` voor --host is onbekend"), "\(stderr)")
        #expect(!stderr.contains("Name or service not known"), "\(stderr)")
        #expect(!stderr.contains("Error:"), "\(stderr)")
        #expect(!stderr.contains("gebouwd"), "the host is checked before the first build")
    }

    @Test func bindFailuresAreDutch() {
        #expect(bindFailure(EADDRNOTAVAIL, host: "192.0.2.1", port: 8000).description
            == "het adres `192.0.2.1` voor --host hoort niet bij deze computer; gebruik 127.0.0.1 of een adres van deze computer")
        #expect(bindFailure(EACCES, host: "127.0.0.1", port: 80).description.contains("mag alleen de beheerder gebruiken"))
        #expect(bindFailure(EADDRINUSE, host: "127.0.0.1", port: 8000).description.contains("is al in gebruik"))
        // NIO's own English error, should it come first, gets the same Dutch sentence.
        let nio = PreviewServer.explain(PlainError(text: "bind(descriptor:ptr:bytes:): Cannot assign requested address (errno: 99)"), host: "192.0.2.1", port: 8000)
        #expect((nio as? PreviewError)?.description.hasPrefix("het adres `192.0.2.1` voor --host hoort niet bij deze computer") == true)
    }

    struct PlainError: Error, CustomStringConvertible { var text: String; var description: String { text } }
}
