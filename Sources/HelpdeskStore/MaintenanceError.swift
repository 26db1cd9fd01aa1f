/// Why a backup, restore or check stopped, phrased for the admin running it.
public enum MaintenanceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file offered for restore failed its checks; nothing was changed.
    case unhealthyBackup(path: String, problems: [String])
    /// Consoles or scripts have the database open and `--force` was not given.
    case databaseInUse(path: String)
    /// The settings file's `group` names a group this host does not have.
    case unknownGroup(String)

    public var message: String {
        switch self {
        case let .unhealthyBackup(path, problems):
            let shown = problems.prefix(3).joined(separator: "; ")
            let more = problems.count > 3 ? " (and \(problems.count - 3) more)" : ""
            return "\(path) is not restorable: \(shown)\(more); the current database was not changed"
        case let .databaseInUse(path):
            return "\(path) is open in another helpdesk (a console or a script); ask everyone to quit first, or use --force to restore under them (their unsaved work then meets a conflict)"
        case let .unknownGroup(name):
            return "the settings file shares the database with the group “\(name)”, which does not exist on this host; create it (groupadd \(name)) or remove the group setting"
        }
    }

    public var description: String { message }
}
