import GRDB

/// Linked and merged tickets, a ticket's further contacts, and the requester-history index (migration "v13_ticket_links").
///
/// A link is one row from `from_id` to `to_id`; the index on `to_id` finds the links arriving at a
/// ticket, so "all links of #N" is two index seeks. `ticket_contacts` holds requesters a ticket
/// concerns beyond its own, such as the requester of a ticket merged into it.
extension StoreSchema {
    static func createTicketLinks(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ticket_links (
                from_id INTEGER NOT NULL REFERENCES tickets(id),
                to_id INTEGER NOT NULL REFERENCES tickets(id),
                kind TEXT NOT NULL CHECK (kind IN ('related', 'duplicate_of', 'parent_of', 'merged_into')),
                linked_by TEXT NOT NULL,
                linked_at REAL NOT NULL,
                PRIMARY KEY (from_id, to_id),
                CHECK (from_id <> to_id)) WITHOUT ROWID;
            CREATE INDEX ticket_links_to ON ticket_links(to_id, kind);
            CREATE UNIQUE INDEX ticket_links_one_parent ON ticket_links(to_id) WHERE kind = 'parent_of';
            CREATE UNIQUE INDEX ticket_links_one_merge ON ticket_links(from_id) WHERE kind = 'merged_into';
            CREATE TRIGGER ticket_links_merge_kept BEFORE DELETE ON ticket_links WHEN OLD.kind = 'merged_into'
                BEGIN SELECT RAISE(ABORT, 'a merge is kept in the record and cannot be unlinked'); END;
            CREATE TABLE ticket_contacts (
                ticket_id INTEGER NOT NULL REFERENCES tickets(id),
                requester_id INTEGER NOT NULL REFERENCES requesters(id),
                reason TEXT NOT NULL,
                added_by TEXT NOT NULL,
                added_at REAL NOT NULL,
                PRIMARY KEY (ticket_id, requester_id)) WITHOUT ROWID;
            CREATE INDEX ticket_contacts_by_requester ON ticket_contacts(requester_id);
            CREATE INDEX tickets_by_requester_recent ON tickets(requester_id, open, created_at);
            """)
    }
}
