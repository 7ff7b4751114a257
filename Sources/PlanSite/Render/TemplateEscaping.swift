import Mustache

/// The escaping every theme template gets. swift-mustache's own HTML escaping looks up each
/// `Character` in a dictionary, which made it a fifth of all build instructions; this one scans
/// bytes and returns text without `&<>"'` untouched. The output is the same: the same five
/// characters, the same entities.
struct FastHTMLContentType: MustacheContentType {
    static let name = "PLANSITE_HTML"
    /// Put in front of every template text, so partials and site themes escape this way too.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registered once, before the first template is parsed (the parser looks the name up).
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: Self.needsEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                case UInt8(ascii: "'"): out += "&#39;".utf8
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
