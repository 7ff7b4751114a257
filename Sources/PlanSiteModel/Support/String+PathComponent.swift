extension StringProtocol {
    /// The last non-empty `/`-separated part: `a//02-opgaven.md//` → `02-opgaven.md`.
    ///
    /// For paths editors write (link destinations). Foundation's `NSString.lastPathComponent`
    /// traps on some runs of slashes (swift-corelibs-foundation of Swift 6.3.1, for example
    /// `x////////y.md////////`), which made one link crash `plansite check`.
    package var lastPathPart: String {
        String(split(separator: "/", omittingEmptySubsequences: true).last ?? "")
    }
}
