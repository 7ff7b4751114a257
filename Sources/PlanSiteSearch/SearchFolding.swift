import Foundation

/// The one normalisation of search text, applied alike to the site's words at build time and
/// (by `zoeken.js`, with the same rules) to what a reader types: diacritics folded
/// ("coördinatie" → "coordinatie", "één" → "een"), letters lower-cased, a few letters that
/// Unicode does not decompose spelled out ("ĳ" → "ij", "ß" → "ss", "ø" → "o").
public enum SearchFolding {
    /// `text` folded. ASCII is only lower-cased; other characters go through `foldScalar`.
    public static func fold(_ text: String) -> String {
        // Most text is ASCII: its bytes lower-cased in one buffer, without a scalar loop.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            bytes.append(foldASCII(byte))
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        bytes.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(foldASCII(UInt8(v)))
            } else {
                bytes.append(contentsOf: foldScalar(scalar).utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An ASCII byte folded: capitals lower-cased, nothing else changed. `SearchTokenizer`
    /// folds ASCII text word by word with it.
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
