import Foundation

/// A calendar day without a time, in the calendar's own time zone ("2026-10-01").
public struct LocalDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD"; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...LocalDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// When the clock of an SLA runs: around the clock (7×24), or in business hours with
/// weekdays, public holidays and weekend days made working days (调休).
public struct BusinessCalendar: Codable, Sendable, Equatable {
    public var name: String
    /// True for a 7×24 calendar; the other fields are then ignored.
    public var isAlwaysOpen: Bool
    /// IANA time-zone identifier, e.g. "Asia/Shanghai".
    public var timeZoneID: String
    /// ISO weekdays that are working days: 1 = Monday … 7 = Sunday.
    public var workdays: Set<Int>
    /// Start and end of the working day, in minutes after midnight (09:00 = 540).
    public var dayStartMinute: Int
    public var dayEndMinute: Int
    /// Public holidays: no work even on a weekday.
    public var holidays: Set<LocalDate>
    /// Extra working days (调休): work even on a weekend day.
    public var extraWorkdays: Set<LocalDate>

    public init(name: String, isAlwaysOpen: Bool = false, timeZoneID: String = "Asia/Shanghai",
                workdays: Set<Int> = [1, 2, 3, 4, 5], dayStartMinute: Int = 9 * 60, dayEndMinute: Int = 18 * 60,
                holidays: Set<LocalDate> = [], extraWorkdays: Set<LocalDate> = []) {
        self.name = name
        self.isAlwaysOpen = isAlwaysOpen
        self.timeZoneID = timeZoneID
        self.workdays = workdays
        self.dayStartMinute = dayStartMinute
        self.dayEndMinute = dayEndMinute
        self.holidays = holidays
        self.extraWorkdays = extraWorkdays
    }

    public static func alwaysOpen(name: String = "24x7", timeZoneID: String = "Asia/Shanghai") -> BusinessCalendar {
        BusinessCalendar(name: name, isAlwaysOpen: true, timeZoneID: timeZoneID, workdays: [1, 2, 3, 4, 5, 6, 7],
                         dayStartMinute: 0, dayEndMinute: 24 * 60)
    }

    /// Length of one working day in seconds; "1 working day" in an SLA means this much working time.
    public var workingDaySeconds: TimeInterval {
        isAlwaysOpen ? 24 * 3600 : TimeInterval(dayEndMinute - dayStartMinute) * 60
    }
}

/// Resolution and first-response targets for one priority, each counted on a named calendar.
public struct SLAPolicy: Codable, Sendable, Equatable {
    public var priority: Priority
    /// Working seconds allowed until the first public reply.
    public var firstResponse: TimeInterval
    public var responseCalendar: String
    /// Working seconds allowed until the ticket is resolved.
    public var resolution: TimeInterval
    public var resolutionCalendar: String

    public init(priority: Priority, firstResponse: TimeInterval, responseCalendar: String,
                resolution: TimeInterval, resolutionCalendar: String) {
        self.priority = priority
        self.firstResponse = firstResponse
        self.responseCalendar = responseCalendar
        self.resolution = resolution
        self.resolutionCalendar = resolutionCalendar
    }
}
