import GRDB

/// The index behind the queue filter: an FTS5 table over the tickets' `search` column (title,
/// requester name and tags, lower-cased) cut into characters and character pairs by
/// `NGramTokenizer`, with `detail=none`, as only which tickets hold a pair matters.
///
/// A filter term then costs a few index lookups instead of a scan of every ticket; `instr()`
/// confirms each candidate. The table reads its text from `tickets` (external content), so it
/// adds no copy of the text. A bulk import drops it with its triggers and rebuilds it once.
extension StoreSchema {
    static let filterTriggers = ["ticket_fts_insert", "ticket_fts_delete", "ticket_fts_update"]

    static func createFilterIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE IF NOT EXISTS ticket_fts USING fts5(
                search, content='tickets', content_rowid='id', tokenize='\(NGramTokenizer.name)', detail='none');
            CREATE TRIGGER IF NOT EXISTS ticket_fts_insert AFTER INSERT ON tickets BEGIN
                INSERT INTO ticket_fts(rowid, search) VALUES (NEW.id, NEW.search);
            END;
            CREATE TRIGGER IF NOT EXISTS ticket_fts_delete AFTER DELETE ON tickets BEGIN
                INSERT INTO ticket_fts(ticket_fts, rowid, search) VALUES ('delete', OLD.id, OLD.search);
            END;
            CREATE TRIGGER IF NOT EXISTS ticket_fts_update AFTER UPDATE OF search ON tickets WHEN OLD.search IS NOT NEW.search BEGIN
                INSERT INTO ticket_fts(ticket_fts, rowid, search) VALUES ('delete', OLD.id, OLD.search);
                INSERT INTO ticket_fts(rowid, search) VALUES (NEW.id, NEW.search);
            END;
            INSERT INTO ticket_fts(ticket_fts) VALUES ('rebuild');
            """)
    }

    /// A bulk import indexes once at the end; while it runs, filtered queues report the import.
    static func dropFilterIndex(_ db: Database) throws {
        for name in filterTriggers { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
        try db.execute(sql: "DROP TABLE IF EXISTS ticket_fts")
    }

    static func filterIndexMissing(_ db: Database) throws -> Bool {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'ticket_fts%'"))
        return !present.contains("ticket_fts") || filterTriggers.contains { !present.contains($0) }
    }
}
