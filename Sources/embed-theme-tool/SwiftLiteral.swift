/// A Swift string literal that evaluates to exactly `text`, scalar for scalar.
///
/// Only printable ASCII is written as is; everything else is escaped, so the generated source
/// never holds a raw line break, control character or a scalar the compiler might treat
/// specially, and the embedded file comes out byte for byte as it is on disk.
func swiftLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        case "\r": literal += "\\r"
        case "\t": literal += "\\t"
        case " "..."~": literal.unicodeScalars.append(scalar)
        default: literal += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return literal + "\""
}
