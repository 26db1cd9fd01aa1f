import GRDB

/// Saved views (migration `v14_saved_views`): an engineer's named filter and sort over a built-in view.
///
/// A name is unique per owner, and among shared views, so it names at most one view of one's
/// own and one shared view. The owner is a login without a foreign key, like drafts: views are
/// preferences, and an engineer who leaves keeps theirs until someone removes them.
extension StoreSchema {
    static func createSavedViews(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE saved_views (
                id INTEGER PRIMARY KEY,
                owner TEXT NOT NULL,
                name TEXT NOT NULL,
                base TEXT NOT NULL,            -- a QueueView raw value: mine, open, at_risk …
                filter TEXT NOT NULL DEFAULT '',
                sort TEXT NOT NULL,            -- a QueueSort raw value: due, priority, updated, id
                shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
                created_at REAL NOT NULL,
                UNIQUE (owner, name));
            CREATE UNIQUE INDEX saved_views_shared_name ON saved_views(name) WHERE shared = 1;
            """)
    }
}
