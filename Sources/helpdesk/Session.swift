import Foundation
import HelpdeskCore
import HelpdeskStore

/// An open database and the engineer acting on it, resolved from the operating-system user.
struct Session {
    let store: HelpdeskStore
    let me: Engineer
    var actor: Actor { Actor(me) }

    /// Opens the database; `requireEngineer` refuses users who are not on the team.
    static func open(_ options: GlobalOptions) throws -> Session {
        let store = try openStore(options)
        let login = try resolveLogin(options, store: store)
        if login != SystemUser.login() { try store.auditImpersonation(by: SystemUser.login()) }
        guard let me = try store.engineer(login: login) else {
            throw CLIError(try unknownUserMessage(login, store: store))
        }
        guard me.isActive else { throw CLIError(tr("%1$@ is marked inactive in this helpdesk; ask an admin to run: helpdesk engineer set %1$@ --active", login)) }
        return Session(store: store, me: me)
    }

    static func openStore(_ options: GlobalOptions) throws -> HelpdeskStore {
        var configuration = StoreOptions()
        configuration.sharing = try sharing()
        return try HelpdeskStore(path: databasePath(options), configuration: configuration)
    }

    /// Owner-only files, or the settings file's `group` for a shared support host.
    static func sharing() throws -> FileSharing {
        try FileSharing(group: Settings.load()["group"])
    }

    /// --db, else $HELPDESK_DB, else the settings file's `db`, else the XDG data folder.
    static func databasePath(_ options: GlobalOptions) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let path = options.db { return path }
        if environment["HELPDESK_DB"] == nil, let configured = try Settings.load()["db"] { return configured }
        return HelpdeskStore.defaultPath(environment: environment)
    }

    /// The OS user, or `--as` when this user may impersonate (admins; anyone on a demo database).
    static func resolveLogin(_ options: GlobalOptions, store: HelpdeskStore) throws -> String {
        let osUser = SystemUser.login()
        guard let other = options.asLogin, other != osUser else { return osUser }
        do {
            try AccessPolicy.checkImpersonate(realLogin: osUser, realRole: try store.engineer(login: osUser)?.role,
                                              isDemo: try store.isDemo())
        } catch let error as WorkflowError {
            // Acting for someone else is refused before any store call, so the CLI logs the attempt itself.
            try? store.recordDenied(actor: osUser, at: Date(), ticketID: nil, action: "act as \(other)", message: error.message)
            throw error
        }
        return other
    }

    static func unknownUserMessage(_ login: String, store: HelpdeskStore) throws -> String {
        if try store.engineers().isEmpty {
            return tr("this helpdesk has no engineers yet; become its admin with: helpdesk engineer add %1$@ --name \"Your Name\" --role admin (or try: helpdesk demo)", login)
        }
        return tr("%1$@ is not an engineer in this helpdesk; ask an admin to run: helpdesk engineer add %1$@ --name \"Your Name\"", login)

    }
}

/// A user-facing failure of the command line; only its message is printed.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
