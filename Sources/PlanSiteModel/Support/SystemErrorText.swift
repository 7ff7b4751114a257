import Foundation

/// The system's reasons for a failed file or network operation, in Dutch: `strerror` and
/// Foundation speak English ("No space left on device"), and every message plansite prints
/// is Dutch.
public enum SystemErrorText {
    public static func dutch(errno code: Int32) -> String {
        switch code {
        case ENOSPC: "de schijf is vol"
        case EDQUOT: "het schijfquotum is op"
        case EACCES, EPERM: "geen toestemming (controleer de rechten)"
        case EROFS: "het bestandssysteem is alleen-lezen"
        case ENOENT: "bestaat niet"
        case EEXIST: "bestaat al"
        case ENOTDIR: "een deel van het pad is geen map"
        case EISDIR: "is een map"
        case ENOTEMPTY: "de map is niet leeg"
        case ENAMETOOLONG: "de naam is te lang"
        case ELOOP: "te veel symbolische koppelingen (een lus?)"
        case EMFILE, ENFILE: "te veel open bestanden"
        case EIO: "invoer-/uitvoerfout van de schijf"
        case EXDEV: "de mappen liggen op verschillende bestandssystemen"
        case EBUSY: "is in gebruik"
        case EADDRINUSE: "het adres is al in gebruik"
        case EADDRNOTAVAIL: "dit adres hoort niet bij deze computer"
        default: "systeemfout \(code)"
        }
    }

    /// The reason of a Foundation error, by its POSIX code where it has one.
    public static func dutch(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return dutch(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return dutch(errno: Int32(underlying.code))
        }
        switch ns.code {
        case NSFileWriteOutOfSpaceError: return dutch(errno: ENOSPC)
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return dutch(errno: EACCES)
        case NSFileWriteVolumeReadOnlyError: return dutch(errno: EROFS)
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return dutch(errno: ENOENT)
        case NSFileWriteFileExistsError: return dutch(errno: EEXIST)
        default: return "onbekende fout (code \(ns.code))"
        }
    }
}
