import CRenameExchange
import Foundation

/// Why the output could not be written. These are failures of the command (exit 2), not of
/// the content: the previous output is always left exactly as it was.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Writes a built site into a staging folder beside the output and swaps it in with one
/// atomic `renameat2(RENAME_EXCHANGE)`, so readers and servers never see a half-written or
/// emptied site, and a failed build leaves the previous one byte for byte.
public struct SiteWriter: Sendable {
    public var output: String

    public init(output: String) {
        self.output = output
    }

    /// Writes all files at once (the preview server's first write, tests).
    /// - Parameter copies: files to copy as they are (content images): source path → output-relative path.
    public func write(_ files: [OutputFile], copies: [(source: String, destination: String)] = []) throws(WriteError) {
        let staging = try SiteStaging(output: output)
        for file in files { staging.write(file) }
        for copy in copies { staging.copy(from: copy.source, to: copy.destination) }
        try staging.publish()
    }
}

/// A staging folder that render workers write pages into as soon as each is rendered, from any
/// thread: pages are never all held in memory, and writing runs in parallel with rendering.
/// Nothing is visible in the output until `publish()`; `discard()` (or a failed write) leaves
/// the previous site untouched.
public final class SiteStaging: @unchecked Sendable {
    let target: URL
    let staging: URL
    private let existed: Bool
    private let trash: OldSiteTrash
    private let lock = NSLock()
    /// The first write that failed; later writes are skipped. Only used under `lock`.
    private var failure: WriteError?

    public init(output: String) throws(WriteError) {
        let fm = FileManager.default
        target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        existed = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if existed && !isDirectory.boolValue {
            throw WriteError(description: "de uitvoermap `\(output)` bestaat al, maar is een bestand en geen map")
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "de map `\(parent.path)` kan niet worden gemaakt: \(error.localizedDescription)")
        }
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).nieuw-\(getpid())")
        trash = OldSiteTrash(output: target)
        // A previous build's old site is removed while this one renders (see OldSiteTrash).
        trash.emptyInBackground()
        FileTree.remove(staging.path)
        guard mkdir(staging.path, 0o777) == 0 else {
            throw WriteError(description: "de map `\(staging.path)` kan niet worden gemaakt: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes one file; safe to call from several threads at once.
    public func write(_ file: OutputFile) {
        guard !hasFailed else { return }
        do {
            try Self.write(file.data, to: staging.path + "/" + file.path)
        } catch {
            record(WriteError(description: "`\(file.path)` kan niet worden geschreven: \(error.description)"))
        }
    }

    /// Copies a content file (an image) as it is.
    public func copy(from source: String, to destination: String) {
        guard !hasFailed else { return }
        guard let data = FileManager.default.contents(atPath: source) else {
            record(WriteError(description: "`\(source)` kan niet worden gelezen"))
            return
        }
        write(OutputFile(path: destination, data: data))
    }

    /// Swaps the staging folder in. The previous site goes to the trash, emptied by the next
    /// build, so publishing does not wait for thousands of deletions.
    public func publish() throws(WriteError) {
        lock.lock()
        let failed = failure
        lock.unlock()
        if let failed {
            discard()
            throw WriteError(description: "de site kan niet worden geschreven in `\(staging.path)`: \(failed)")
        }
        trash.waitUntilEmpty()
        if existed {
            guard plansite_rename_exchange(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw WriteError(description: "de nieuwe site kan niet op de plaats van `\(target.path)` worden gezet: \(reason)")
            }
            // `staging` now holds the previous site.
            trash.receive(staging.path)
        } else {
            guard rename(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw WriteError(description: "de site kan niet naar `\(target.path)` worden verplaatst: \(reason)")
            }
        }
    }

    /// Removes the staging folder; the output is left as it was.
    public func discard() {
        trash.waitUntilEmpty()
        FileTree.remove(staging.path)
    }

    private var hasFailed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return failure != nil
    }

    private func record(_ error: WriteError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// Plain open/write/close: the staging folder is invisible until the swap, so a
    /// temporary copy and fsync per file (an atomic write) would buy nothing.
    static func write(_ data: Data, to path: String) throws(WriteError) {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if fd < 0 && errno == ENOENT {
            try FileTree.makeDirectories(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        defer { close(fd) }
        let failed: Int32? = data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failed { throw WriteError(description: String(cString: strerror(failed))) }
    }
}
