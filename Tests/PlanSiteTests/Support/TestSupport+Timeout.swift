import Foundation

extension TestSupport {
    struct BoundedResult {
        var result: ProcessResult
        /// True when the process had to be killed: the input made it hang.
        var timedOut: Bool
        var seconds: Double
    }

    /// Runs `plansite` like `run`, but kills it after `timeout` seconds: hostile input must
    /// not hang the test suite (an alias bomb used to grow memory without end). Output goes
    /// to files, not pipes, so a killed child cannot leave a reader blocked.
    static func run(_ arguments: [String], in directory: URL, timeout: Double) throws -> BoundedResult {
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Date()
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        try? out.close()
        try? err.close()
        let result = ProcessResult(status: process.terminationStatus,
                                   stdout: try read(outURL), stderr: try read(errURL))
        return BoundedResult(result: result, timedOut: timedOut, seconds: Date().timeIntervalSince(start))
    }
}
