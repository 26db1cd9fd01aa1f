import Foundation
import GRDB
import HelpdeskCore

/// Reads and writes settings: JSON values in `settings`, the SLA configuration in its own tables.
enum SettingsCodec {
    static let priorityRulesKey = "priority_rules"
    static let demoKey = "demo"
    static let atRiskShareKey = "sla.at_risk_share"

    static func write<T: Encodable>(_ value: T, key: String, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """, arguments: [key, text])
    }

    static func read<T: Decodable>(_ type: T.Type, key: String, _ db: Database) throws -> T? {
        guard let text = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) else {
            return nil
        }
        // A DecodingError surfaces as "the database is damaged" at the store's boundary.
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    static func writeSLA(_ sla: SLAConfiguration, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM sla_policies; DELETE FROM calendars")
        for calendar in sla.calendars.values.sorted(by: { $0.name < $1.name }) {
            try db.execute(sql: """
                INSERT INTO calendars(name, always_open, time_zone, workdays, day_start_minute, day_end_minute)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [calendar.name, calendar.isAlwaysOpen, calendar.timeZoneID,
                                 calendar.workdays.sorted().map(String.init).joined(separator: ","),
                                 calendar.dayStartMinute, calendar.dayEndMinute])
            let days = calendar.holidays.map { ($0, "holiday") } + calendar.extraWorkdays.map { ($0, "workday") }
            for (day, kind) in days.sorted(by: { $0.0 < $1.0 }) {
                try db.execute(sql: "INSERT INTO calendar_days(calendar, day, kind) VALUES (?, ?, ?)",
                               arguments: [calendar.name, day.description, kind])
            }
        }
        for policy in sla.policies.sorted(by: { $0.priority < $1.priority }) {
            try db.execute(sql: """
                INSERT INTO sla_policies(priority, first_response_seconds, response_calendar, resolution_seconds, resolution_calendar)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [policy.priority.rawValue, policy.firstResponse, policy.responseCalendar,
                                 policy.resolution, policy.resolutionCalendar])
        }
        try write(sla.atRiskShare, key: atRiskShareKey, db)
    }

    static func readSLA(_ db: Database) throws -> SLAConfiguration {
        var calendars: [String: BusinessCalendar] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM calendars") {
            let workdays = (row["workdays"] as String).split(separator: ",").compactMap { Int($0) }
            let name: String = row["name"]
            calendars[name] = BusinessCalendar(
                name: name, isAlwaysOpen: row["always_open"], timeZoneID: row["time_zone"],
                workdays: Set(workdays), dayStartMinute: row["day_start_minute"], dayEndMinute: row["day_end_minute"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT calendar, day, kind FROM calendar_days") {
            let name: String = row["calendar"]
            guard let day = LocalDate(row["day"] as String) else { continue }
            if (row["kind"] as String) == "holiday" {
                calendars[name]?.holidays.insert(day)
            } else {
                calendars[name]?.extraWorkdays.insert(day)
            }
        }
        let policies = try Row.fetchAll(db, sql: "SELECT * FROM sla_policies ORDER BY priority").compactMap { row -> SLAPolicy? in
            guard let priority = Priority(rawValue: row["priority"]) else { return nil }
            return SLAPolicy(priority: priority, firstResponse: row["first_response_seconds"],
                             responseCalendar: row["response_calendar"], resolution: row["resolution_seconds"],
                             resolutionCalendar: row["resolution_calendar"])
        }
        let share = try read(Double.self, key: atRiskShareKey, db) ?? SLAConfiguration.defaultAtRiskShare
        return SLAConfiguration(calendars: calendars, policies: policies, atRiskShare: share)
    }
}
