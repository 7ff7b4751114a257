import Foundation

/// The one slug rule used for URLs and anchors: fold diacritics, lower-case, replace each
/// run of characters outside a-z0-9 by one "-", trim "-".
public enum Slug {
    public static func make(_ text: String) -> String {
        // ASCII has no diacritics, and upper case is handled below: Foundation's folding
        // (slow on Linux) is only needed for the rest.
        let folded = text.utf8.allSatisfy({ $0 < 0x80 }) ? text
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL"))
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isAlnum = (v >= 97 && v <= 122) || (v >= 48 && v <= 57)
            let upper = v >= 65 && v <= 90
            if isAlnum || upper {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(upper ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32)) : scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Hands out unique ids on one page: a repeat gets "-2", "-3".
    public struct Allocator: Sendable {
        private var used: Set<String> = []
        public init(reserved: Set<String> = []) { used = reserved }

        public mutating func claim(_ base: String) -> String {
            let root = base.isEmpty ? "sectie" : base
            if used.insert(root).inserted { return root }
            var n = 2
            while !used.insert("\(root)-\(n)").inserted { n += 1 }
            return "\(root)-\(n)"
        }

        /// Marks an id as taken without renaming it (explicit ids are never renamed).
        @discardableResult
        public mutating func reserve(_ id: String) -> Bool { used.insert(id).inserted }
    }
}
