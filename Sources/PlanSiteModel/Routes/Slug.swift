import Foundation

/// The one slug rule used for URLs and anchors: fold diacritics, lower-case, replace each
/// run of characters outside a-z0-9 by one "-", trim "-".
public enum Slug {
    public static func make(_ text: String) -> String {
        // ASCII has no diacritics, and upper case is handled below: Foundation's folding
        // (slow on Linux) is only needed for the rest.
        var folded = text
        if !folded.withUTF8(ByteWord.allASCII) {
            folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL"))
        }
        // Read and written as bytes: a scalar beyond ASCII (all its bytes at or above 0x80)
        // separates like any other character outside a-z0-9, and the slug is ASCII, never
        // longer than the text. Appended scalar by scalar to a String, slugs were a percent
        // of a build.
        return folded.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingDash = false
                for byte in bytes {
                    let isAlnum = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
                    let upper = byte >= 65 && byte <= 90
                    if isAlnum || upper {
                        if pendingDash && count > 0 {
                            out[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        pendingDash = false
                        out[count] = upper ? byte + 32 : byte
                        count += 1
                    } else {
                        pendingDash = true
                    }
                }
                return count
            }
        }
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
