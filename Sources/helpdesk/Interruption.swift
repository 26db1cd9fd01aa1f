import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Set by the SIGINT handler; read between batches. An atomic store is all a handler may safely do.
private let interruptRequested = Atomic<Bool>(false)

/// Ctrl-C during long work (imports, exports, backups, demo data, reports): the first one asks the
/// command to stop at the next transaction boundary and tidy up; a second one ends the process at once.
enum Interruption {
    /// Installs the handler; until then Ctrl-C ends the process as usual.
    static func install() {
        interruptRequested.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in
            interruptRequested.store(true, ordering: .relaxed)
            // A second Ctrl-C is someone who will not wait: SQLite's journal keeps the file sound anyway.
            signal(SIGINT, SIG_DFL)
        }
    }

    /// True once Ctrl-C was pressed.
    static var requested: Bool { interruptRequested.load(ordering: .relaxed) }

    /// Throws `Interrupted` with `message()` once Ctrl-C was pressed; call it between batches.
    static func check(_ message: @autoclosure () -> String) throws {
        if requested { throw Interrupted(message: message()) }
    }
}

/// Long work stopped by Ctrl-C at a consistent point; `message` says what was done and what to do next.
/// The command ends with status 130, as a shell expects of an interrupted program.
struct Interrupted: Error {
    let message: String
}
