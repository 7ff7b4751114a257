import PlanSiteModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsed files kept between builds of one long-running process (the preview server), so a
/// rebuild re-reads and re-parses only the files that changed. An entry is keyed by the
/// file's path and checked against its modification time, size and inode. A file whose
/// modification time lies within the file system's clock granularity of the moment it was
/// read ("racy", as git calls it) could have changed again without a new time stamp: such
/// an entry is checked byte for byte before it is used.
///
/// `ContentLoader` consults the cache when it has one (`ContentLoader.cache`); a loader
/// without one, as in `plansite build`, parses everything.
public final class ParseCache: @unchecked Sendable {
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
        var inode: UInt64

        var modified: Double { Double(seconds) + Double(nanoseconds) / 1e9 }
    }

    struct Entry {
        var stamp: Stamp
        /// When the bytes were read (seconds since 1970).
        var readAt: Double
        var data: Data
        var value: any Sendable
        var diagnostics: [Diagnostic]
        var sources: [String: SourceFile]

        /// Changed within the clock granularity of the read: the stamp alone cannot tell.
        var isRacy: Bool { stamp.modified + ParseCache.clockGranularity >= readAt }
    }

    /// Coarser than the kernel's file time stamps (a jiffy, at most 10 ms).
    static let clockGranularity = 0.02

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    private var counts = (hits: 0, misses: 0)

    public init() {}

    /// How many files the loads so far took from the cache and how many they parsed.
    public var statistics: (hits: Int, misses: Int) {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int(info.st_size), inode: UInt64(info.st_ino))
    }

    private func entry(_ key: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    private func store(_ key: String, _ entry: Entry?, hit: Bool) {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = entry
        if hit { counts.hits += 1 } else { counts.misses += 1 }
    }

    /// The cached result of `parse` for the file at `path`, or a fresh one (then cached).
    /// `parse` adds what it reads to a scratch `LoadedContent` and `[Diagnostic]`; both are
    /// replayed into the caller's on a hit, so a hit and a miss look the same to the loader.
    func value<T: Sendable>(for key: String, path: String, read: (String) throws -> Data,
                            into content: inout LoadedContent, diagnostics: inout [Diagnostic],
                            parse: (inout LoadedContent, inout [Diagnostic]) -> T) -> T {
        func replay(_ entry: Entry, _ value: T) -> T {
            diagnostics.append(contentsOf: entry.diagnostics)
            content.sources.merge(entry.sources) { _, new in new }
            return value
        }
        guard let stamp = Self.stamp(path) else {
            store(key, nil, hit: false)
            return parse(&content, &diagnostics)
        }
        if var old = entry(key), let value = old.value as? T, old.stamp.size == stamp.size {
            if old.stamp == stamp && !old.isRacy {
                store(key, old, hit: true)
                return replay(old, value)
            }
            if let data = try? read(path), data == old.data {
                old.stamp = stamp
                old.readAt = Date().timeIntervalSince1970
                store(key, old, hit: true)
                return replay(old, value)
            }
        }
        let readAt = Date().timeIntervalSince1970
        guard let data = try? read(path) else {
            store(key, nil, hit: false)
            return parse(&content, &diagnostics)
        }
        var scratch = LoadedContent()
        var found: [Diagnostic] = []
        let value = parse(&scratch, &found)
        let entry = Entry(stamp: stamp, readAt: readAt, data: data, value: value, diagnostics: found, sources: scratch.sources)
        store(key, entry, hit: false)
        return replay(entry, value)
    }
}

extension ContentLoader {
    /// Runs `parse` for one file, through the cache when the loader has one.
    func cached<T: Sendable>(_ path: String, into content: inout LoadedContent, diagnostics: inout [Diagnostic],
                             parse: (inout LoadedContent, inout [Diagnostic]) -> T) -> T {
        guard let cache else { return parse(&content, &diagnostics) }
        let full = root + "/" + path
        // What a parse produces depends on how the file is shown in diagnostics too.
        return cache.value(for: full + "\u{0}" + displayRoot, path: full, read: fileSystem.read,
                           into: &content, diagnostics: &diagnostics, parse: parse)
    }
}
