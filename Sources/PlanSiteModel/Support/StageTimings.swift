import Foundation

/// `PLANSITE_TIMINGS=1` prints each stage's wall time to stderr (`plansite-timing: load 12.3 ms`),
/// for the benchmark (`make bench`). In the model's support code so that every stage can time
/// its own parts (the render stage its search index). Off by default: then it only runs the stage.
public enum StageTimings {
    public static let enabled = ProcessInfo.processInfo.environment["PLANSITE_TIMINGS"] == "1"

    public static func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = processCPUNanoseconds()
        defer { report(stage, since: start, cpuSince: cpuStart) }
        return try body()
    }

    /// Wall time, and the CPU time of all threads: their ratio shows how well a stage uses
    /// the cores.
    public static func report(_ stage: String, since start: UInt64, cpuSince cpuStart: UInt64? = nil) {
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let cpu = cpuStart.map { String(format: " (cpu %.1f ms)", Double(processCPUNanoseconds() - $0) / 1e6) } ?? ""
        let rss = residentMegabytes().map { String(format: ", rss %.0f MB", $0) } ?? ""
        FileHandle.standardError.write(Data("plansite-timing: \(stage) \(String(format: "%.1f", ms)) ms\(cpu)\(rss)\n".utf8))
    }

    /// The memory resident at the end of a stage (the second field of `/proc/self/statm`, in
    /// pages): which stage holds the peak the benchmark reports. Nil off Linux.
    private static func residentMegabytes() -> Double? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    private static func processCPUNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
