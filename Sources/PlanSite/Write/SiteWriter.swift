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

    /// - Parameter copies: files to copy as they are (content images): source path → output-relative path.
    public func write(_ files: [OutputFile], copies: [(source: String, destination: String)] = []) throws(WriteError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw WriteError(description: "de uitvoermap `\(output)` bestaat al, maar is een bestand en geen map")
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "de map `\(parent.path)` kan niet worden gemaakt: \(error.localizedDescription)")
        }
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).nieuw-\(getpid())")
        try? fm.removeItem(at: staging)
        do {
            try writeTree(files, copies: copies, into: staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw WriteError(description: "de site kan niet worden geschreven in `\(staging.path)`: \(error)")
        }
        if exists {
            guard plansite_rename_exchange(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(at: staging)
                throw WriteError(description: "de nieuwe site kan niet op de plaats van `\(output)` worden gezet: \(reason)")
            }
            // `staging` now holds the previous site.
            try? fm.removeItem(at: staging)
        } else {
            guard rename(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(at: staging)
                throw WriteError(description: "de site kan niet naar `\(output)` worden verplaatst: \(reason)")
            }
        }
    }

    private func writeTree(_ files: [OutputFile], copies: [(source: String, destination: String)], into root: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        var made: Set<String> = [root.path]
        func ensureParent(_ url: URL) throws {
            let dir = url.deletingLastPathComponent()
            if made.insert(dir.path).inserted {
                try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            }
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try ensureParent(url)
            // Plain open/write/close: the staging folder is invisible until the swap, so the
            // per-file temporary copy and fsync of `FileManager.createFile` (atomic write) buy
            // nothing here and cost one fsync per page.
            let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard fd >= 0 else {
                throw WriteError(description: "`\(file.path)` kan niet worden geschreven: \(String(cString: strerror(errno)))")
            }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            try handle.write(contentsOf: file.data)
            try handle.close()
        }
        for copy in copies {
            let url = root.appendingPathComponent(copy.destination)
            try ensureParent(url)
            try fm.copyItem(atPath: copy.source, toPath: url.path)
        }
    }
}
