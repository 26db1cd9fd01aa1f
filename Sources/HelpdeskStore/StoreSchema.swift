import GRDB
import HelpdeskCore

/// The database layout and its versioned migrations ("v1", "v2" …).
///
/// Dates are REAL seconds since 1970 (readable with `datetime(x, 'unixepoch')`). `due_at` and
/// `risk_at` hold `noDeadline` rather than NULL when no clock runs, so an index ordered by them
/// serves "ORDER BY due_at" without a NULLS LAST sort.
enum StoreSchema {
    /// The schema version this program writes; kept in `PRAGMA user_version`.
    static let version = 14

    /// Stands for "no running deadline": far beyond any real date, so such tickets sort last.
    static let noDeadline: Double = 1e13

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createCoreTables(db)
            try createQueueIndexes(db)
            try createCountTriggers(db)
            try createKnowledgeBase(db)
            try seedDefaults(db)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2_kb_links") { db in
            try createArticleLinks(db)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        // Search by characters and pairs (filter, short knowledge-base terms); breached and resolved counters.
        migrator.registerMigration("v3_search_index_due_counters") { db in
            try createKnowledgeBaseGrams(db)
            try createFilterIndex(db)
            try dropCountTriggers(db)
            try createCountTriggers(db)
            try recount(db)
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        // Teams with auto-assignment, engineers' team, shifts and their members and leads.
        migrator.registerMigration("v4_teams_shifts") { db in
            try createTeamsAndShifts(db)
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        // Notices for the console: assignments by someone else, SLA alerts for the shift lead.
        migrator.registerMigration("v5_notices") { db in
            try createNotices(db)
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        // Shift handovers (领导带班制度): the lead's note, a snapshot of the queue, the acknowledgement.
        migrator.registerMigration("v6_handovers") { db in
            try createHandovers(db)
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        // Replies and notes being typed, kept per engineer, ticket and kind so a crash loses at most a second.
        migrator.registerMigration("v8_drafts") { db in
            try createDrafts(db)
            try db.execute(sql: "PRAGMA user_version = 8")
        }
        // Every article edit kept as a version; "retired" articles become "archived".
        migrator.registerMigration("v9_kb_versions") { db in
            try createArticleVersions(db)
            try db.execute(sql: "PRAGMA user_version = 9")
        }
        // Mail intake: Message-IDs per ticket and comment (threading, re-import), attachments recorded.
        migrator.registerMigration("v10_mail") { db in
            try createMailTables(db)
            try db.execute(sql: "PRAGMA user_version = 10")
        }
        // Satisfaction surveys; per-ticket facts and range indexes for reports.
        migrator.registerMigration("v11_satisfaction") { db in
            try createSatisfactionAndReportSupport(db)
            try db.execute(sql: "PRAGMA user_version = 11")
        }
        // Reply templates (回复模板) shared by the team.
        migrator.registerMigration("v12_templates") { db in
            try createReplyTemplates(db)
            try db.execute(sql: "PRAGMA user_version = 12")
        }
        // Linked and merged tickets (related, duplicate, parent/child), further contacts, requester history.
        migrator.registerMigration("v13_ticket_links") { db in
            try createTicketLinks(db)
            try db.execute(sql: "PRAGMA user_version = 13")
        }
        // Saved views: an engineer's named filter and sort over a built-in view, private or shared.
        migrator.registerMigration("v14_saved_views") { db in
            try createSavedViews(db)
            try db.execute(sql: "PRAGMA user_version = 14")
        }
        return migrator
    }

    private static func createCoreTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE requesters (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                contact TEXT NOT NULL UNIQUE COLLATE NOCASE,
                organisation TEXT NOT NULL DEFAULT '',
                vip INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0, 1)));
            CREATE TABLE engineers (
                login TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
                tier INTEGER NOT NULL CHECK (tier IN (1, 2)),
                load_cap INTEGER NOT NULL CHECK (load_cap >= 0),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                last_assigned_at REAL);
            CREATE TABLE engineer_skills (
                login TEXT NOT NULL REFERENCES engineers(login) ON DELETE CASCADE,
                category TEXT NOT NULL,
                PRIMARY KEY (login, category)) WITHOUT ROWID;
            CREATE TABLE tickets (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                requester_id INTEGER NOT NULL REFERENCES requesters(id),
                channel TEXT NOT NULL,
                category TEXT NOT NULL,
                impact INTEGER NOT NULL,
                urgency INTEGER NOT NULL,
                priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
                priority_reason TEXT NOT NULL,
                priority_overridden INTEGER NOT NULL,
                status TEXT NOT NULL,
                open INTEGER NOT NULL CHECK (open IN (0, 1)),
                tier INTEGER NOT NULL,
                assignee TEXT REFERENCES engineers(login),
                tags TEXT NOT NULL,            -- ",printer,vpn," so LIKE '%,vpn,%' finds one whole tag
                major INTEGER NOT NULL CHECK (major IN (0, 1)),
                resolution TEXT,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                first_response_at REAL,
                resolved_at REAL,
                closed_at REAL,
                pauses TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], …]
                paused_since REAL,
                version INTEGER NOT NULL,
                due_at REAL NOT NULL,
                risk_at REAL NOT NULL,
                search TEXT NOT NULL);         -- lower-cased title, requester name and tags for the filter
            CREATE INDEX tickets_by_requester ON tickets(requester_id);
            CREATE TABLE comments (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                author TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),
                body TEXT NOT NULL,
                created_at REAL NOT NULL);
            CREATE INDEX comments_by_ticket ON comments(ticket_id);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER REFERENCES tickets(id),   -- NULL for team and settings changes
                version INTEGER,                            -- the ticket version this change produced
                actor TEXT NOT NULL,
                at REAL NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT,
                reason TEXT);
            CREATE INDEX events_by_ticket ON events(ticket_id, version);
            CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TABLE time_entries (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                engineer TEXT NOT NULL,
                minutes INTEGER NOT NULL CHECK (minutes > 0),
                note TEXT NOT NULL,
                logged_at REAL NOT NULL);
            CREATE INDEX time_entries_by_ticket ON time_entries(ticket_id);
            CREATE INDEX time_entries_by_engineer ON time_entries(engineer, logged_at);
            CREATE TABLE calendars (
                name TEXT PRIMARY KEY,
                always_open INTEGER NOT NULL,
                time_zone TEXT NOT NULL,
                workdays TEXT NOT NULL,        -- ISO weekdays "1,2,3,4,5"
                day_start_minute INTEGER NOT NULL,
                day_end_minute INTEGER NOT NULL);
            CREATE TABLE calendar_days (
                calendar TEXT NOT NULL REFERENCES calendars(name) ON DELETE CASCADE,
                day TEXT NOT NULL,             -- "2026-10-01"
                kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
                PRIMARY KEY (calendar, day)) WITHOUT ROWID;
            CREATE TABLE sla_policies (
                priority INTEGER PRIMARY KEY CHECK (priority BETWEEN 1 AND 4),
                first_response_seconds REAL NOT NULL,
                response_calendar TEXT NOT NULL REFERENCES calendars(name),
                resolution_seconds REAL NOT NULL,
                resolution_calendar TEXT NOT NULL REFERENCES calendars(name));
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            """)
    }

    private static func seedDefaults(_ db: Database) throws {
        try SettingsCodec.writeSLA(.standard, db)
        try SettingsCodec.write(PriorityRules(), key: SettingsCodec.priorityRulesKey, db)
        try SettingsCodec.write(false, key: SettingsCodec.demoKey, db)
    }
}
