import Foundation
import PlanSiteModel

/// JSON without spaces, written straight into bytes, for the index's script files (the
/// open-data files are pretty-printed; these are read by a program only). Strings escape
/// what JSON requires and U+2028/U+2029, which older JavaScript parsers reject in strings.
struct CompactJSON {
    /// The text as UTF-8 bytes: a shard is written in hundreds of thousands of small pieces
    /// (a comma, a number, a word), and each append to a `String` cost a few hundred
    /// instructions of bookkeeping, a fifth of the search index's time.
    private var bytes: [UInt8] = []

    /// The bytes written so far.
    var data: Data { Data(bytes) }

    mutating func string(_ s: String) {
        JSONText.quote(s, into: &bytes, forScript: true)
    }

    /// A card's excerpt as a string: its marks and the window of its passage, quoted from
    /// the passage's own bytes.
    mutating func excerpt(_ window: SearchExcerpt.Window, in passages: [String]) {
        raw("\"")
        if window.cutBefore { raw(SearchExcerpt.cutMarkBefore) }
        var passage = passages[window.passage]
        passage.withUTF8 { JSONText.quoteBody(UnsafeBufferPointer(rebasing: $0[window.bytes]), into: &bytes, forScript: true) }
        if window.cutAfter { raw(SearchExcerpt.cutMarkAfter) }
        raw("\"")
    }

    mutating func int(_ n: Int) {
        // Most numbers in a shard are a posting's weight or the small gap to its record: one
        // digit, one store. Longer ones are written backwards into a small buffer and copied,
        // where a division per digit and an append per digit cost a hundred instructions.
        if n >= 0 && n < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(n))
            return
        }
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func raw(_ s: StaticString) {
        // Most are one sign (`,`, `[`, `:`), appended as a byte rather than as a buffer.
        if s.utf8CodeUnitCount == 1 {
            bytes.append(s.utf8Start.pointee)
            return
        }
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `[a,b,c]` with each element written by `element`.
    mutating func array<S: Sequence>(_ items: S, _ element: (inout CompactJSON, S.Element) -> Void) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            element(&self, item)
        }
        raw("]")
    }

    mutating func ints(_ items: [Int]) {
        raw("[")
        for (i, n) in items.enumerated() {
            if i > 0 { raw(",") }
            int(n)
        }
        raw("]")
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }
}
