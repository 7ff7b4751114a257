import Foundation

/// The two ways a fuzz executable runs an entry: under libFuzzer (one input per call; a
/// broken invariant aborts, so libFuzzer saves the input as a crash) and as an ordinary
/// program that replays the files named on its command line (a saved crash, a corpus).
public enum FuzzRunner {
    public typealias Entry = (Data) -> [String]

    /// The body of `LLVMFuzzerTestOneInput`.
    public static func run(_ bytes: UnsafePointer<UInt8>?, _ count: Int, _ entry: Entry) -> CInt {
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        let problems = entry(data)
        if !problems.isEmpty {
            FileHandle.standardError.write(Data(("plansite fuzz: invariant broken:\n" + problems.joined(separator: "\n") + "\n").utf8))
            abort()
        }
        return 0
    }

    /// Replays files (or every file in a folder); exit status 1 when an invariant broke.
    public static func replay(_ paths: [String], _ entry: Entry) -> Int32 {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments.first ?? "fuzz") FILE|FOLDER...\n(built with -DFUZZING this is a libFuzzer target)\n".utf8))
            return 2
        }
        var failed = false
        var count = 0
        for path in expand(paths) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                failed = true
                continue
            }
            count += 1
            let problems = entry(data)
            if !problems.isEmpty {
                failed = true
                print("\(path):\n  " + problems.joined(separator: "\n  "))
            }
        }
        print("replayed \(count) input(s)\(failed ? ", with problems" : ", no problems")")
        return failed ? 1 : 0
    }

    private static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
        }
    }
}
