/// Percent-encoding of a link or image address, as cmark-gfm writes addresses: the bytes
/// that may stand in a URL as they are (letters, digits and `-_.+!*(),%#@?=;:/$~`, reserved
/// characters taken at their word, `%` taken as an escape already made) are kept, `&` and
/// `'` too (they are escaped for HTML afterwards, not for the URL); every other byte of the
/// UTF-8 becomes `%XX`. Without it an address such as `http://example.com/\[\` reached the
/// browser raw, and the browser's own repair of it sent the reader somewhere else than the
/// editor wrote. The result still needs `HTMLEscape.attribute`.
package enum HrefEscape {
    package static func href(_ address: String) -> String {
        var address = address
        return address.withUTF8 { bytes in
            guard bytes.contains(where: { !isKept($0) }) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                if isKept(byte) {
                    out.append(byte)
                } else {
                    out.append(UInt8(ascii: "%"))
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The set cmark-gfm keeps (its `HREF_SAFE` table), plus `&` and `'`, which it turns into
    /// HTML entities rather than percent escapes.
    @inline(__always) private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        // ! # $ % & ' ( ) * + , - . / : ; = ? @ _ ~
        case 0x21, 0x23...0x2F, 0x3A, 0x3B, 0x3D, 0x3F, 0x40, 0x5F, 0x7E:
            return true
        default:
            return false
        }
    }
}
