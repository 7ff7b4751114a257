import Foundation

extension TestSupport {
    struct TimedResult {
        var result: ProcessResult
        /// The process was still running at the deadline and was killed.
        var killed: Bool
    }

    /// Runs `plansite` like `run`, killing it at `timeout` seconds: a test of slow input must
    /// fail, not hang CI. The bound is generous on purpose; timing belongs in the benchmark.
    static func run(_ arguments: [String], in directory: URL, timeout: TimeInterval, executable: URL = TestSupport.binary) throws -> TimedResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let pid = process.processIdentifier
        let deadline = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        // Both pipes are drained at once so a full one cannot block the child.
        let stderrData = LockedData()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { stderrData.set(err.fileHandleForReading.readAllRetryingInterrupts()) }
        let stdoutData = out.fileHandleForReading.readAllRetryingInterrupts()
        group.wait()
        process.waitUntilExit()
        deadline.cancel()
        let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
        return TimedResult(result: ProcessResult(status: process.terminationStatus,
                                                 stdout: String(decoding: stdoutData, as: UTF8.self),
                                                 stderr: String(decoding: stderrData.get(), as: UTF8.self)),
                           killed: killed)
    }
}

/// Data handed from the reading thread to the test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
