import PlanSiteModel
import Foundation
import CRenameExchange

/// Keeps an output folder in step with successive builds while a server reads from it (the
/// preview server). The first write goes through `SiteWriter` (staging folder, atomic swap);
/// after that only files whose bytes changed are written, each into a temporary file beside
/// it that is renamed over the old one, and files a build no longer makes are deleted after
/// the new ones are in place. A reader sees either the old or the new version of a file,
/// never part of one, and an interrupted rebuild leaves only whole files.
public final class IncrementalWriter: @unchecked Sendable {
    public let output: String
    /// What is in the output now, by output-relative path. Only used under `lock`.
    private var written: [String: Data] = [:]
    private var hasWritten = false
    private let lock = NSLock()

    /// What one write changed.
    public struct Changes: Sendable, Equatable {
        public var written: [String] = []
        public var removed: [String] = []
        public var isEmpty: Bool { written.isEmpty && removed.isEmpty }

        public init(written: [String] = [], removed: [String] = []) {
            self.written = written
            self.removed = removed
        }
    }

    public init(output: String) {
        self.output = output
    }

    /// - Parameter copies: files to copy as they are (content images): source path → output-relative path.
    @discardableResult
    public func write(_ files: [OutputFile], copies: [(source: String, destination: String)] = []) throws(WriteError) -> Changes {
        lock.lock()
        defer { lock.unlock() }
        var next: [String: Data] = [:]
        for file in files { next[file.path] = file.data }
        for copy in copies {
            guard let data = FileManager.default.contents(atPath: copy.source) else {
                throw WriteError(description: "`\(copy.source)` kan niet worden gelezen")
            }
            next[copy.destination] = data
        }
        guard hasWritten else {
            try SiteWriter(output: output).write(next.map { OutputFile(path: $0.key, data: $0.value) })
            written = next
            hasWritten = true
            return Changes(written: next.keys.sorted())
        }
        var changes = Changes()
        for path in next.keys.sorted() where written[path] != next[path] {
            try replace(path, with: next[path]!)
            written[path] = next[path]
            changes.written.append(path)
        }
        for path in written.keys.sorted() where next[path] == nil {
            try remove(path)
            written[path] = nil
            changes.removed.append(path)
        }
        return changes
    }

    /// Writes those of `files` whose bytes changed and deletes nothing: a part of the site
    /// published ahead of the whole (the preview's edited page). Does nothing before the
    /// first complete `write`.
    @discardableResult
    public func update(_ files: [OutputFile]) throws(WriteError) -> Changes {
        lock.lock()
        defer { lock.unlock() }
        guard hasWritten else { return Changes() }
        var changes = Changes()
        for file in files.sorted(by: { $0.path < $1.path }) where written[file.path] != file.data {
            try replace(file.path, with: file.data)
            written[file.path] = file.data
            changes.written.append(file.path)
        }
        return changes
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: output).appendingPathComponent(path)
    }

    /// Writes `data` beside `path` and puts it into place. An existing file is swapped with
    /// the new one (`renameat2(RENAME_EXCHANGE)`) and the old one then deleted: a plain rename
    /// over an existing file makes ext4 write the new file's data out at once (its
    /// `auto_da_alloc` guard), which measured 1 to 6 ms per file on this machine against
    /// under half a millisecond for the swap. A reader sees the old or the new file, never none.
    private func replace(_ path: String, with data: Data) throws(WriteError) {
        guard OutputPath.isSafe(path) else { throw OutputPath.refused(path) }
        let target = url(path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).plansite-\(getpid())")
        do throws(WriteError) {
            // Plain system calls, as the full build writes (`SiteStaging.write`): Foundation's
            // `Data.write` syncs every file to disk, 1 to 25 ms each while other programs
            // write, and the preview's output is remade from the sources whenever it is lost.
            try SiteStaging.write(data, to: temporary.path, replacing: false)
        } catch {
            _ = unlink(temporary.path)
            throw WriteError(description: "`\(path)` kan niet worden geschreven in `\(output)`: \(error.description)")
        }
        if plansite_rename_exchange(temporary.path, target.path) == 0 {
            _ = unlink(temporary.path)
            return
        }
        // No file to swap with (ENOENT), or a file system without the swap: rename.
        guard rename(temporary.path, target.path) == 0 else {
            let reason = SystemErrorText.dutch(errno: errno)
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "`\(path)` kan niet worden vervangen in `\(output)`: \(reason)")
        }
    }

    /// Deletes `path` and then every folder above it that became empty, up to the output.
    private func remove(_ path: String) throws(WriteError) {
        guard OutputPath.isSafe(path) else { throw OutputPath.refused(path) }
        guard unlink(url(path).path) == 0 || errno == ENOENT else {
            throw WriteError(description: "`\(path)` kan niet worden verwijderd uit `\(output)`: \(SystemErrorText.dutch(errno: errno))")
        }
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty, rmdir(url(parts.joined(separator: "/")).path) == 0 {
            parts = parts.dropLast()
        }
    }
}
