import Foundation
import PlanSiteModel

/// The one normalisation of search text, applied alike to the site's words at build time and
/// (by `zoeken.js`, with the same rules) to what a reader types: diacritics folded
/// ("coördinatie" → "coordinatie", "één" → "een"), letters lower-cased, a few letters that
/// Unicode does not decompose spelled out ("ĳ" → "ij", "ß" → "ss", "ø" → "o").
public enum SearchFolding {
    /// `text` folded. ASCII is only lower-cased; other characters go through `foldScalar`.
    public static func fold(_ text: String) -> String {
        var shifts: [Shift] = []
        return String(decoding: fold(text, shifts: &shifts, keepingShifts: false), as: UTF8.self)
    }

    /// `fold(text)` as UTF-8 with what it takes to find where each of its bytes came from in
    /// `text`'s UTF-8 (`Sources`): the search places a word of non-ASCII text by its offset
    /// in the text itself, which a result card's excerpt is cut from.
    static func foldedBytesWithSources(_ text: String) -> (bytes: [UInt8], sources: Sources) {
        var shifts: [Shift] = []
        let bytes = fold(text, shifts: &shifts, keepingShifts: true)
        return (bytes, Sources(shifts: shifts))
    }

    /// A character beyond ASCII, where it lies in the text and in the folded bytes (ASCII is
    /// copied byte for byte, so the characters beyond it say where everything lies).
    struct Shift {
        var text: Int32
        var textEnd: Int32
        var folded: Int32
        var foldedEnd: Int32
    }

    /// Folded offset → offset in the text, asked in increasing order (the words of a text).
    struct Sources {
        let shifts: [Shift]
        private var next = 0

        init(shifts: [Shift]) { self.shifts = shifts }

        /// Where the character the folded byte at `folded` came from starts in the text.
        mutating func source(of folded: Int) -> Int {
            while next < shifts.count, Int(shifts[next].foldedEnd) <= folded { next += 1 }
            if next < shifts.count, Int(shifts[next].folded) <= folded { return Int(shifts[next].text) }
            guard next > 0 else { return folded }
            let last = shifts[next - 1]
            return folded - Int(last.foldedEnd) + Int(last.textEnd)
        }
    }

    private static func fold(_ text: String, shifts: inout [Shift], keepingShifts: Bool) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            // One pass over the bytes: ASCII lower-cased as it is copied, a character beyond it
            // read from its UTF-8 (a Swift string's bytes are valid) and looked up in a table
            // where the site's text has its characters. A loop over `unicodeScalars` with a
            // dictionary lookup per character was a tenth of the search index's time at 100×.
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                // Eight ASCII bytes at a time, lower-cased in the word (`lowercasedASCII`): most
                // of a passage with an é or a ’ in it is ASCII all the same.
                if i + 8 <= bytes.count {
                    let word = ByteWord.load(bytes, at: i)
                    if word & ByteWord.highBits == 0 {
                        withUnsafeBytes(of: lowercasedASCII(word)) { out.append(contentsOf: $0) }
                        i += 8
                        continue
                    }
                }
                let lead = bytes[i]
                if lead < 0x80 {
                    out.append(foldASCII(lead))
                    i += 1
                    continue
                }
                // A string's UTF-8 is valid, so a scalar starts here; were it not, the byte is
                // dropped (and, read as a character of its own, folded to nothing).
                guard let (scalar, length) = SearchTokenizer.scalar(bytes, at: i) else {
                    if keepingShifts { shifts.append(Shift(text: Int32(i), textEnd: Int32(i + 1), folded: Int32(out.count), foldedEnd: Int32(out.count))) }
                    i += 1
                    continue
                }
                let start = i, folded = out.count
                i += length
                if let table = tabled(scalar.value) {
                    out.append(contentsOf: table)
                } else {
                    out.append(contentsOf: foldScalar(scalar).utf8)
                }
                if keepingShifts {
                    shifts.append(Shift(text: Int32(truncatingIfNeeded: start), textEnd: Int32(truncatingIfNeeded: i),
                                        folded: Int32(truncatingIfNeeded: folded), foldedEnd: Int32(truncatingIfNeeded: out.count)))
                }
            }
            return out
        }
    }

    /// `foldScalar` worked out once for the Latin letters (U+0080–U+024F) and general
    /// punctuation (U+2000–U+206F: dashes, quotes, the ellipsis), as UTF-8.
    private static func tabled(_ value: UInt32) -> [UInt8]? {
        if value < 0x250 { return value >= 0x80 ? latinFolded[Int(value - 0x80)] : nil }
        if value >= 0x2000 && value < 0x2070 { return punctuationFolded[Int(value - 0x2000)] }
        return nil
    }

    private static let latinFolded: [[UInt8]] = (UInt32(0x80)..<0x250).map { Unicode.Scalar($0).map { Array(foldScalar($0).utf8) } ?? [] }
    private static let punctuationFolded: [[UInt8]] = (UInt32(0x2000)..<0x2070).map { Unicode.Scalar($0).map { Array(foldScalar($0).utf8) } ?? [] }

    /// An ASCII byte folded: capitals lower-cased, nothing else changed. `SearchTokenizer`
    /// folds ASCII text word by word with it.
    /// Eight ASCII bytes (high bits clear) with "A"…"Z" made "a"…"z", as `foldASCII` makes
    /// each: a byte at or above "A" and not above "Z" gets 0x20 added. No byte carries into
    /// the next, since each is below 0x80 and at most 0x3F is added.
    @inline(__always) static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = (word &+ ones &* 0x3F) & ByteWord.highBits
        let pastZ = (word &+ ones &* 0x25) & ByteWord.highBits
        return word | ((atLeastA & ~pastZ) >> 2)
    }

    @inline(__always) static func foldASCII(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// One non-ASCII character folded: its canonical decomposition without combining marks,
    /// lower-cased; combining marks alone become nothing.
    static func foldScalar(_ scalar: Unicode.Scalar) -> String {
        if let spelled = spelledOut[scalar.value] { return spelled }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return ""
        default: break
        }
        if let base = latinBase[scalar.value] { return base }
        guard scalar.value > 0x24F else { return properties.lowercaseMapping }
        // Beyond the Latin blocks (Greek, Vietnamese letters): decompose and drop the marks.
        var out = ""
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: out += part.properties.lowercaseMapping
            }
        }
        return out
    }

    /// Letters whose folded form is more than their base letter, or that Unicode does not
    /// decompose.
    private static let spelledOut: [UInt32: String] = [
        0x0132: "ij", 0x0133: "ij", 0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae",
        0x0152: "oe", 0x0153: "oe", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l",
        0x0110: "d", 0x0111: "d", 0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th",
        0x2019: "'", 0x2018: "'",
    ]

    /// The Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A and -B) and
    /// their base letter, lower-cased: made once from Unicode's canonical decompositions.
    private static let latinBase: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { continue }
            // The first scalar of the NFD form is the base letter of a precomposed letter.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            guard let base = decomposed.unicodeScalars.first, base.value < 0x80, base != scalar else { continue }
            table[v] = base.properties.lowercaseMapping
        }
        return table
    }()
}
