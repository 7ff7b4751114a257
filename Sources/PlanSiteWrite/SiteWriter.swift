import PlanSiteModel
import PlanSiteLoad
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

    /// The content folder the site is built from, which the output may never be, contain or
    /// lie in; nil when the caller has checked that already.
    public var content: String?

    public init(output: String, content: String? = nil) {
        self.output = output
        self.content = content
    }

    /// Writes all files at once (the preview server's first write, tests).
    /// - Parameter copies: files to copy as they are (content images): source path → output-relative path.
    public func write(_ files: [OutputFile], copies: [(source: String, destination: String)] = []) throws(WriteError) {
        let staging = try SiteStaging(output: output, content: content)
        for file in files { staging.write(file) }
        for copy in copies { staging.copy(from: copy.source, to: copy.destination) }
        try staging.publish()
    }
}

/// A staging folder that render workers write pages into as soon as each is rendered, from any
/// thread: pages are never all held in memory, and writing runs in parallel with rendering.
/// Nothing is visible in the output until `publish()`; `discard()` (or a failed write) leaves
/// the previous site untouched.
///
/// The staging folder is the site before the previous one when there is one (see
/// `OldSiteTrash`): a page whose bytes are already there is left alone, and files this build
/// does not make are deleted before the swap, so the published tree is exactly this build's.
public final class SiteStaging: @unchecked Sendable {
    let target: URL
    let staging: URL
    /// `staging.path`, made once: every page written joins its path to it, and `URL.path`
    /// built the string anew each time (3,900 instructions a page).
    private let stagingPath: String
    private let existed: Bool
    private let trash: OldSiteTrash
    /// Files the recycled folder held, known once `surveyed` is done; empty for a fresh folder.
    private var previousFiles: Set<String> = []
    private let surveyed = DispatchGroup()
    private let lock = NSLock()
    /// Every path this build wrote or found already right. Only used under `lock`.
    private var produced: Set<String> = []
    /// The first write that failed; later writes are skipped. Only used under `lock`.
    private var failure: WriteError?

    /// Set when the output is a foreign folder replaced on the user's word (`--vervang`).
    public let warning: String?

    /// - Parameters:
    ///   - content: the content folder, which the output may not be, contain or lie in.
    ///   - replaceForeign: `--vervang`: a non-empty folder plansite did not make may be replaced.
    public init(output: String, content: String? = nil, replaceForeign: Bool = false) throws(WriteError) {
        let fm = FileManager.default
        warning = try OutputFolderGuard.check(output: output, content: content, replaceForeign: replaceForeign).warning
        // Where the guard looked: the folder as the kernel resolves the name (`lnk/..` included).
        target = URL(fileURLWithPath: OutputFolderGuard.realPath(output))
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        existed = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if existed && !isDirectory.boolValue {
            throw WriteError(description: "de uitvoermap `\(output)` bestaat al, maar is een bestand en geen map")
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "de map `\(parent.path)` kan niet worden gemaakt: \(SystemErrorText.dutch(error))")
        }
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).nieuw-\(getpid())")
        stagingPath = staging.path
        trash = OldSiteTrash(output: target)
        StaleStaging.removeLeftovers(beside: target)
        FileTree.removeSite(staging.path)
        // Only a folder plansite made is recycled: its files are overwritten and the rest deleted.
        if OutputFolderGuard.isPlansiteFolder(trash.path), rename(trash.path, staging.path) == 0 {
            // Surveyed while this build loads and renders; writes wait for it.
            surveyed.enter()
            let folder = staging.path
            Thread.detachNewThread { [self] in
                let files = FileTree.survey(folder)
                lock.lock()
                previousFiles = files
                lock.unlock()
                surveyed.leave()
            }
        } else if mkdir(staging.path, 0o777) != 0 {
            throw WriteError(description: "de map `\(staging.path)` kan niet worden gemaakt: \(SystemErrorText.dutch(errno: errno))")
        }
        // Marked at once, so a build killed from here on leaves a folder the next one may clean.
        do throws(WriteError) {
            try OutputFolderGuard.mark(staging.path)
        } catch {
            discard()
            throw WriteError(description: "de map `\(staging.path)` kan niet worden beschreven: \(error.description)")
        }
        produced.insert(OutputFolderGuard.markerName)
    }

    /// Writes one file unless it already holds these bytes; safe to call from several threads.
    public func write(_ file: OutputFile) {
        guard OutputPath.isSafe(file.path), file.path != OutputFolderGuard.markerName else {
            record(OutputPath.refused(file.path))
            return
        }
        surveyed.wait()
        lock.lock()
        let skip = failure != nil
        let existing = previousFiles.contains(file.path)
        produced.insert(file.path)
        lock.unlock()
        guard !skip else { return }
        do {
            try Self.write(file.data, to: stagingPath + "/" + file.path, replacing: existing)
        } catch {
            record(WriteError(description: "`\(file.path)` kan niet worden geschreven: \(error.description)"))
        }
    }

    /// Copies a content file (an image) as it is.
    public func copy(from source: String, to destination: String) {
        // The same reader as the load stage: a regular file of bounded size, never a FIFO or device.
        guard let data = try? ContentFileSystem.disk.read(source) else {
            record(WriteError(description: "`\(source)` kan niet worden gelezen"))
            return
        }
        write(OutputFile(path: destination, data: data))
    }

    /// Removes what the recycled folder held that this build did not make, then swaps the
    /// staging folder in. The previous site becomes the trash the next build recycles.
    public func publish() throws(WriteError) {
        surveyed.wait()
        lock.lock()
        let failed = failure
        let stale = previousFiles.subtracting(produced)
        lock.unlock()
        if let failed {
            discard()
            throw WriteError(description: "de site kan niet worden geschreven in `\(staging.path)`: \(failed)")
        }
        for path in stale.sorted(by: >) {
            // A page this build no longer makes that cannot go would stay published.
            if unlink(staging.path + "/" + path) != 0 && errno != ENOENT {
                let reason = SystemErrorText.dutch(errno: errno)
                discard()
                throw WriteError(description: "`\(path)` hoort niet meer bij de site, maar kan niet worden verwijderd uit `\(staging.path)`: \(reason); de vorige site is blijven staan")
            }
            // Folders left empty go too (a removed chapter's page folder); rmdir keeps any other.
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                if rmdir(staging.path + "/" + folder) != 0 { break }
            }
        }
        if existed {
            guard plansite_rename_exchange(staging.path, target.path) == 0 else {
                let reason = SystemErrorText.dutch(errno: errno)
                discard()
                throw WriteError(description: "de nieuwe site kan niet op de plaats van `\(target.path)` worden gezet: \(reason)")
            }
            // `staging` now holds the previous site.
            trash.receive(staging.path)
        } else {
            guard rename(staging.path, target.path) == 0 else {
                let reason = SystemErrorText.dutch(errno: errno)
                discard()
                throw WriteError(description: "de site kan niet naar `\(target.path)` worden verplaatst: \(reason)")
            }
        }
    }

    /// Removes the staging folder; the output is left as it was.
    public func discard() {
        surveyed.wait()
        FileTree.removeSite(staging.path)
    }

    private func record(_ error: WriteError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// Writes `data` to `path`. When the file is there (`replacing`), its bytes are compared
    /// first and an equal file is left alone; otherwise it is overwritten in place. Plain
    /// system calls: the staging folder is invisible until the swap, so a temporary copy and
    /// fsync per file (an atomic write) would buy nothing.
    static func write(_ data: Data, to path: String, replacing: Bool) throws(WriteError) {
        if replacing {
            let fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
            if fd >= 0 {
                var info = stat()
                if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 {
                    defer { close(fd) }
                    if try holds(data, fd, size: Int(info.st_size)) { return }
                    try writeAll(data, to: fd)
                    guard ftruncate(fd, off_t(data.count)) == 0 else { throw WriteError(description: SystemErrorText.dutch(errno: errno)) }
                    return
                }
                close(fd)
                // A file with another name too (a hard-linked backup of the site) is never
                // changed in place: this name gets a new file.
                unlink(path)
            }
        }
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o666)
        if fd < 0 && (errno == EISDIR || errno == ENOTDIR) {
            // The recycled tree has a folder where this file goes, or a file where its folder goes.
            FileTree.clearWay(to: path)
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o666)
        }
        if fd < 0 && errno == ENOENT {
            try FileTree.makeDirectories(String(path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.startIndex)]))
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw WriteError(description: SystemErrorText.dutch(errno: errno)) }
        defer { close(fd) }
        try writeAll(data, to: fd)
    }

    /// True when the open file's bytes are exactly `data`.
    private static func holds(_ data: Data, _ fd: Int32, size: Int) throws(WriteError) -> Bool {
        guard size == data.count else { return false }
        // Raw memory the file fills: an array of zeros, made first, cost a pass over every
        // byte of the site when a build recycles its staging folder.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < data.count {
            let n = pread(fd, buffer.baseAddress.map { $0 + offset }, data.count - offset, off_t(offset))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return data.withUnsafeBytes { raw in
            guard let a = buffer.baseAddress, let b = raw.baseAddress else { return raw.isEmpty }
            return memcmp(a, b, raw.count) == 0
        }
    }

    private static func writeAll(_ data: Data, to fd: Int32) throws(WriteError) {
        let failed: Int32? = data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = pwrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, off_t(offset))
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failed { throw WriteError(description: SystemErrorText.dutch(errno: failed)) }
    }
}
