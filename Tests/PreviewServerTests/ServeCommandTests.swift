import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `plansite serve` as a process, as an editor starts it.
@Suite(.serialized) struct ServeCommandTests {
    /// The `plansite` executable SwiftPM built next to the test bundle.
    static var binary: URL {
        var candidates: [URL] = []
        if let bundle = CommandLine.arguments.first.map({ URL(fileURLWithPath: $0) }) {
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("plansite"))
        }
        candidates.append(PreviewHarness.repository.appendingPathComponent(".build/debug/plansite"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    /// A listening socket on a free port of 127.0.0.1; closed by the caller.
    static func occupyPort() throws -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 4) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { close(fd); throw RawHTTP.Failure(description: "cannot occupy a port") }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aPortInUseIsAClearMessageAndExitStatus2() throws {
        let (fd, port) = try Self.occupyPort()
        defer { close(fd) }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--content", PreviewHarness.example.path, "--port", String(port)]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("poort \(port) op 127.0.0.1 is al in gebruik"), "\(stderr)")
        #expect(!stderr.contains("gebouwd"), "the port is checked before the first build")
    }

    /// `serve --output` follows the same output rule as `build`: never the content folder or a
    /// folder inside it, and nothing is written before it says so.
    @Test(arguments: ["content", "content/voorbeeld-site"])
    func anOutputInTheContentFolderIsRefused(_ output: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-serve-output-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PreviewHarness.example, to: root.appendingPathComponent("content"))
        let before = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--content", "content", "--output", output, "--port", "0"]
        process.currentDirectoryURL = root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("inhoudsmap"), "\(stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() == before, "nothing was written")
    }

    @Test func aMissingContentFolderExits2() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--content", "/bestaat/niet", "--port", "0"]
        process.standardError = Pipe()
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
    }

    @Test func ctrlCStopsCleanly() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-serve-sigint-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--content", PreviewHarness.example.path, "--port", "0"]
        process.currentDirectoryURL = scratch
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Read stderr until the server says where it listens.
        let stderr = StderrLines(err.fileHandleForReading)
        let ready = try #require(await stderr.waitFor("voorbeeld op http://127.0.0.1:"), "\(stderr.text)")
        let port = Int(ready.split(separator: ":")[3].prefix { $0.isNumber }) ?? 0
        let page = try await RawHTTP.get("/", port: port)
        #expect(page.status == 200)
        let output = try #require(ready.components(separatedBy: "uitvoer in ").last?.prefix { $0 != ")" && $0 != " " && $0 != ";" })
        #expect(FileManager.default.fileExists(atPath: String(output)))

        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!process.isRunning)
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(await stderr.waitFor("plansite: gestopt") != nil)
        #expect(!FileManager.default.fileExists(atPath: String(output)), "the temporary output is removed")
        // `serve` never touches site/ in the working directory.
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site").path))
    }
}

/// Collects a child's stderr lines in the background.
final class StderrLines: @unchecked Sendable {
    private var lines: [String] = []
    private var partial = ""
    private let lock = NSLock()

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock()
            if data.isEmpty { handle.readabilityHandler = nil }
            self.partial += String(decoding: data, as: UTF8.self)
            while let newline = self.partial.firstIndex(of: "\n") {
                self.lines.append(String(self.partial[..<newline]))
                self.partial = String(self.partial[self.partial.index(after: newline)...])
            }
            self.lock.unlock()
        }
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return lines.joined(separator: "\n")
    }

    func line(containing needle: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return lines.first { $0.contains(needle) }
    }

    func waitFor(_ needle: String, timeout: Double = 60) async -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let found = line(containing: needle) { return found }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}
