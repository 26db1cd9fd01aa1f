/// What `DatabaseInspector` found in a database file: `helpdesk check` prints it, restore requires it healthy.
public struct DatabaseReport: Sendable, Equatable {
    /// One table and how many rows it holds.
    public struct TableCount: Sendable, Equatable {
        public let table: String
        public let rows: Int
    }

    public let path: String
    public let bytes: Int
    /// `PRAGMA user_version` of the file.
    public let schemaVersion: Int
    /// The schema version this program writes; an older file is upgraded when next opened.
    public let supportedVersion: Int
    /// `PRAGMA integrity_check`'s lines other than "ok".
    public let integrityProblems: [String]
    /// Rows pointing at rows that do not exist, as "comments row 12 → tickets".
    public let foreignKeyProblems: [String]
    public let counts: [TableCount]

    /// Everything wrong, one line each; empty when the file is healthy.
    public var problems: [String] {
        var lines = integrityProblems.map { "integrity: \($0)" }
        lines += foreignKeyProblems.map { "foreign key: \($0)" }
        if schemaVersion > supportedVersion {
            lines.append("it was written by a newer helpdesk (schema version \(schemaVersion); this program knows up to \(supportedVersion)); upgrade helpdesk")
        }
        return lines
    }

    public var isHealthy: Bool { problems.isEmpty }
}
