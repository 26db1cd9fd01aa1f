import GRDB

/// Teams, engineers' team, shifts and who works them (migration "v4_teams_shifts").
///
/// `engineers.team` has no foreign key: SQLite refuses a REFERENCES column added with a non-NULL
/// default, so the store checks the team exists. One lead per shift is kept by a partial unique index.
extension StoreSchema {
    static func createTeamsAndShifts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE teams (
                name TEXT PRIMARY KEY,
                categories TEXT NOT NULL DEFAULT '',   -- "network,hardware"
                auto_assign INTEGER NOT NULL DEFAULT 0 CHECK (auto_assign IN (0, 1))) WITHOUT ROWID;
            INSERT INTO teams(name) VALUES ('support');
            ALTER TABLE engineers ADD COLUMN team TEXT NOT NULL DEFAULT 'support';
            CREATE TABLE shifts (
                name TEXT PRIMARY KEY,
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
                days TEXT NOT NULL,                   -- "everyday", "weekdays" or "mon,wed,fri"
                time_zone TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE shift_members (
                login TEXT NOT NULL REFERENCES engineers(login) ON DELETE CASCADE,
                shift TEXT NOT NULL REFERENCES shifts(name) ON DELETE CASCADE,
                lead INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1)),
                PRIMARY KEY (login, shift)) WITHOUT ROWID;
            CREATE UNIQUE INDEX shift_members_one_lead ON shift_members(shift) WHERE lead = 1;
            """)
    }
}
