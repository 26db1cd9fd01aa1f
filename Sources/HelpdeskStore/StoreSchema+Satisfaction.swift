import GRDB

/// Survey results and what reports need: per-ticket facts from the audit log, and range indexes.
///
/// `ticket_facts` keeps, per ticket, the first engineer it was assigned to and how often it was
/// reopened and escalated. Triggers on the (append-only) events table keep it, so no writer has
/// to know about it, and a report reads one row per ticket instead of scanning its events.
extension StoreSchema {
    static func createSatisfactionAndReportSupport(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE satisfaction (
                ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
                score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                comment TEXT NOT NULL,
                at REAL NOT NULL,
                recorded_by TEXT NOT NULL);
            CREATE INDEX satisfaction_low ON satisfaction(at) WHERE score <= 2;
            CREATE TABLE ticket_facts (
                ticket_id INTEGER PRIMARY KEY,
                first_assignee TEXT,
                reopens INTEGER NOT NULL DEFAULT 0,
                escalations INTEGER NOT NULL DEFAULT 0);
            CREATE TRIGGER ticket_facts_assignee AFTER INSERT ON events
                WHEN NEW.ticket_id IS NOT NULL AND NEW.field = 'assignee' AND NEW.new_value IS NOT NULL BEGIN
                INSERT INTO ticket_facts(ticket_id, first_assignee) VALUES (NEW.ticket_id, NEW.new_value)
                    ON CONFLICT(ticket_id) DO UPDATE SET first_assignee = COALESCE(first_assignee, excluded.first_assignee);
            END;
            CREATE TRIGGER ticket_facts_status AFTER INSERT ON events
                WHEN NEW.ticket_id IS NOT NULL AND NEW.field = 'status' AND NEW.new_value IN ('reopened', 'escalated') BEGIN
                INSERT INTO ticket_facts(ticket_id, reopens, escalations)
                    VALUES (NEW.ticket_id, NEW.new_value = 'reopened', NEW.new_value = 'escalated')
                    ON CONFLICT(ticket_id) DO UPDATE SET reopens = reopens + excluded.reopens,
                        escalations = escalations + excluded.escalations;
            END;
            INSERT INTO ticket_facts(ticket_id, first_assignee, reopens, escalations)
                SELECT e.ticket_id,
                    (SELECT a.new_value FROM events a WHERE a.ticket_id = e.ticket_id AND a.field = 'assignee'
                        AND a.new_value IS NOT NULL ORDER BY a.id LIMIT 1),
                    SUM(e.field = 'status' AND e.new_value = 'reopened'),
                    SUM(e.field = 'status' AND e.new_value = 'escalated')
                FROM events e
                WHERE e.ticket_id IS NOT NULL
                    AND (e.field = 'assignee' OR (e.field = 'status' AND e.new_value IN ('reopened', 'escalated')))
                GROUP BY e.ticket_id;
            CREATE INDEX IF NOT EXISTS tickets_by_created ON tickets(created_at);
            CREATE INDEX IF NOT EXISTS tickets_by_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL;
            CREATE INDEX IF NOT EXISTS tickets_cancelled ON tickets(updated_at) WHERE status = 'cancelled';
            CREATE INDEX IF NOT EXISTS time_entries_by_time ON time_entries(logged_at);
            """)
    }
}
