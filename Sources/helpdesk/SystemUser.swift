import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating-system user, which is who acts in the helpdesk.
enum SystemUser {
    static func login() -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
