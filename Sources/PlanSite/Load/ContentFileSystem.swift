import Foundation

/// The file-system operations the load stage needs, as a value, so load makes no
/// assumptions about where files come from and tests can hand it odd cases.
public struct ContentFileSystem: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var isDirectory: Bool
        /// Set when the entry is a symbolic link whose target cannot be resolved (a loop).
        public var brokenLink: Bool

        public init(name: String, isDirectory: Bool, brokenLink: Bool = false) {
            self.name = name
            self.isDirectory = isDirectory
            self.brokenLink = brokenLink
        }
    }

    public var list: @Sendable (String) throws -> [Entry]
    public var read: @Sendable (String) throws -> Data
    /// The canonical path (symlinks resolved), for loop detection.
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
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
                return Entry(name: name, isDirectory: exists && isDirectory.boolValue, brokenLink: !exists)
            }
        },
        read: { path in
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CocoaError(.fileReadNoPermission)
            }
            defer { try? handle.close() }
            return try handle.readToEnd() ?? Data()
        },
        canonical: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        })
}
