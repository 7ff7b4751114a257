import PlanSiteModel
import Foundation

/// The file-system operations the load stage needs, as a value, so load makes no
/// assumptions about where files come from and tests can hand it odd cases.
public struct ContentFileSystem: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var isDirectory: Bool
        /// Set when the entry is a symbolic link whose target cannot be resolved.
        public var brokenLink: Bool
        /// With `brokenLink`: the link leads back to itself (a loop) rather than nowhere.
        public var isLoop = false
        /// Set when the entry itself is a symbolic link: where it leads must be checked.
        public var isSymbolicLink = false
        /// Set when the entry (or what it links to) is neither a folder nor a regular file:
        /// a FIFO, a device or a socket, which would block or never end when read.
        public var isSpecial = false

        public init(name: String, isDirectory: Bool, brokenLink: Bool = false, isSymbolicLink: Bool = false, isSpecial: Bool = false) {
            self.name = name
            self.isDirectory = isDirectory
            self.brokenLink = brokenLink
            self.isSymbolicLink = isSymbolicLink
            self.isSpecial = isSpecial
        }
    }

    /// Why a file was not read.
    public enum ReadError: Error, Sendable {
        case unreadable
        case notRegular
        case tooLarge(bytes: Int)
    }

    /// No plan source comes near this; a larger file is a mistake (or an attack on memory).
    public static let maximumFileSize = 64 << 20

    public var list: @Sendable (String) throws -> [Entry]
    public var read: @Sendable (String) throws -> Data
    /// The canonical path (symlinks resolved), for loop detection and to keep reads inside
    /// the content folder.
    public var canonical: @Sendable (String) -> String?

    /// A file system from other sources than the disk: an in-memory site for tests and fuzzers.
    public init(list: @escaping @Sendable (String) throws -> [Entry],
                read: @escaping @Sendable (String) throws -> Data,
                canonical: @escaping @Sendable (String) -> String?) {
        self.list = list
        self.read = read
        self.canonical = canonical
    }

    public static let disk = ContentFileSystem(
        list: { path in
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
            return names.sorted().map { name in
                let full = path + "/" + name
                var own = stat()
                guard lstat(full, &own) == 0 else { return Entry(name: name, isDirectory: false, brokenLink: true) }
                let isLink = (own.st_mode & S_IFMT) == S_IFLNK
                var target = stat()
                guard stat(full, &target) == 0 else {
                    var entry = Entry(name: name, isDirectory: false, brokenLink: true, isSymbolicLink: isLink)
                    entry.isLoop = errno == ELOOP
                    return entry
                }
                let type = target.st_mode & S_IFMT
                return Entry(name: name, isDirectory: type == S_IFDIR, brokenLink: false, isSymbolicLink: isLink,
                             isSpecial: type != S_IFDIR && type != S_IFREG)
            }
        },
        read: { path in
            // Non-blocking open: a FIFO put in place of a checked file must not stop the build.
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw ReadError.unreadable }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw ReadError.unreadable }
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw ReadError.notRegular }
            let size = Int(info.st_size)
            guard size <= maximumFileSize else { throw ReadError.tooLarge(bytes: size) }
            var data = Data(count: size)
            var offset = 0
            while offset < size {
                let n = data.withUnsafeMutableBytes { raw in
                    pread(fd, raw.baseAddress.map { $0 + offset }, size - offset, off_t(offset))
                }
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else { throw ReadError.unreadable }
                if n == 0 { break }
                offset += n
            }
            return data.prefix(offset)
        },
        canonical: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        })
}
