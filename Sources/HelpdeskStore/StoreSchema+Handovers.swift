import GRDB

/// The handovers table (migration `v6_handovers`).
///
/// Handovers are few (two or three a day), so search is `instr()` over a lower-cased copy of
/// label, note and reply, which finds Chinese and English alike without an index. What a lead
/// handed over is a record: rows are never deleted, and note and snapshot never change.
extension StoreSchema {
    static func createHandovers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE handovers (
                id INTEGER PRIMARY KEY,
                author TEXT NOT NULL REFERENCES engineers(login),
                created_at REAL NOT NULL,
                shift_label TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL,
                snapshot TEXT NOT NULL,                 -- HandoverSnapshot as JSON
                acknowledged_by TEXT REFERENCES engineers(login),
                acknowledged_at REAL,
                ack_reply TEXT,
                search TEXT NOT NULL,                   -- lower-cased label, note and reply
                CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL)));
            CREATE INDEX handovers_by_time ON handovers(created_at);
            CREATE INDEX handovers_unacknowledged ON handovers(created_at) WHERE acknowledged_at IS NULL;
            CREATE TRIGGER handovers_kept BEFORE DELETE ON handovers
                BEGIN SELECT RAISE(ABORT, 'handovers are kept: they cannot be deleted'); END;
            CREATE TRIGGER handovers_written_once BEFORE UPDATE OF author, created_at, shift_label, note, snapshot ON handovers
                BEGIN SELECT RAISE(ABORT, 'a saved handover cannot be rewritten'); END;
            """)
    }
}
