import GRDB

/// The indexes behind the queue filter, over the tickets' `search` text (title, requester name
/// and tags, lower-cased), both FTS5 with `detail=none` and `columnsize=0`: only which tickets
/// hold a token matters.
///
/// `ticket_trigrams` (SQLite's trigram tokenizer) serves terms of three or more characters:
/// trigrams are rare enough that even a word made of common letters ("interest") is answered
/// by the index at once. `ticket_grams` (`NGramTokenizer`: every character and pair) serves
/// the one- and two-character terms people type first (网络, 张伟). `instr()` confirms each
/// candidate. An open ticket's text carries one more word, the open marker, so a filter in
/// any view of open tickets asks for open candidates only: most of a desk's history is
/// closed, and reading those tickets back just to drop them was the cost.
///
/// Both are contentless (no copy of the text); the triggers hand them the same text to add
/// and to delete. A bulk import drops them with their triggers and rebuilds them once.
extension StoreSchema {
    static let filterTables = ["ticket_trigrams", "ticket_grams"]
    static let filterTriggers = ["ticket_search_insert", "ticket_search_delete", "ticket_search_update"]

    /// A character no one types (U+0001); an open ticket's indexed text ends with a line of three.
    static let openMarker = "\u{1}"

    /// The text indexed for a row: its search text, plus the open marker on a line of its own.
    private static func indexed(_ row: String) -> String {
        "\(row).search || CASE WHEN \(row).open = 1 THEN char(10, 1, 1, 1) ELSE '' END"
    }

    private static func statements(_ row: String, delete: Bool) -> String {
        filterTables.map { table in
            delete ? "INSERT INTO \(table)(\(table), rowid, search) VALUES ('delete', \(row).id, \(indexed(row)));"
                : "INSERT INTO \(table)(rowid, search) VALUES (\(row).id, \(indexed(row)));"
        }.joined(separator: "\n")
    }

    static func createFilterIndex(_ db: Database) throws {
        try dropFilterIndex(db)
        try db.execute(sql: """
            CREATE VIRTUAL TABLE ticket_trigrams USING fts5(
                search, content='', tokenize='trigram', detail='none', columnsize=0);
            CREATE VIRTUAL TABLE ticket_grams USING fts5(
                search, content='', tokenize='\(NGramTokenizer.name)', detail='none', columnsize=0);
            INSERT INTO ticket_trigrams(rowid, search) SELECT id, \(indexed("tickets")) FROM tickets;
            INSERT INTO ticket_grams(rowid, search) SELECT id, \(indexed("tickets")) FROM tickets;
            CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets BEGIN
                \(statements("NEW", delete: false))
            END;
            CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets BEGIN
                \(statements("OLD", delete: true))
            END;
            CREATE TRIGGER ticket_search_update AFTER UPDATE OF search, open ON tickets
                WHEN OLD.search IS NOT NEW.search OR OLD.open IS NOT NEW.open BEGIN
                \(statements("OLD", delete: true))
                \(statements("NEW", delete: false))
            END;
            """)
    }

    /// A bulk import indexes once at the end; while it runs, filtered queues report the import.
    static func dropFilterIndex(_ db: Database) throws {
        for name in filterTriggers { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
        for table in filterTables { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
    }

    static func filterIndexMissing(_ db: Database) throws -> Bool {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"))
        return (filterTables + filterTriggers).contains { !present.contains($0) }
    }
}
