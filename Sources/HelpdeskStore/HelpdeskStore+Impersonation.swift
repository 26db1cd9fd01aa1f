import GRDB

/// `--as`: an admin acting for another engineer leaves their own name on every change.
extension HelpdeskStore {
    /// The audit-log field of the entry that names who really made a change.
    public static let impersonationField = "acted_as"

    /// From now on, every event this store writes is followed by an `acted_as` event whose actor
    /// is `realLogin` and whose new value is the engineer acted for, with the changed field as reason.
    ///
    /// A temporary trigger on the writer connection does it, so no change (ticket, comment,
    /// engineer, setting, knowledge-base link) can be written by this store without it.
    public func auditImpersonation(by realLogin: String) throws {
        try write { db in
            try db.execute(sql: """
                CREATE TEMP TABLE IF NOT EXISTS impersonator(login TEXT NOT NULL);
                DELETE FROM temp.impersonator;
                """)
            try db.execute(sql: "INSERT INTO temp.impersonator(login) VALUES (?)", arguments: [realLogin])
            try db.execute(sql: """
                CREATE TEMP TRIGGER IF NOT EXISTS impersonation_audit AFTER INSERT ON main.events
                WHEN NEW.field <> 'acted_as'
                BEGIN
                    INSERT INTO events(ticket_id, version, actor, at, field, old_value, new_value, reason)
                    SELECT NEW.ticket_id, NEW.version, login, NEW.at, 'acted_as', login, NEW.actor, NEW.field
                    FROM impersonator WHERE login <> NEW.actor;
                END;
                """)
        }
    }
}
