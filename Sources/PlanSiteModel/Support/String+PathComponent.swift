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

extension String {
    /// The `/`-separated parts, found by their bytes as the file system finds them (a "/" a
    /// combining mark follows is still a separator) and without a walk over Characters: the
    /// one split of a relative link (`LinkPathAdvice.walk`) and of an output path
    /// (`OutputPath.isSafe`); by `split(separator:)` a path cost 17,000 instructions.
    package func pathParts(omittingEmpty: Bool = true) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "/") {
                if !omittingEmpty || i != start { parts.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if !omittingEmpty || start != utf8.endIndex { parts.append(self[start..<utf8.endIndex]) }
        return parts
    }
}
