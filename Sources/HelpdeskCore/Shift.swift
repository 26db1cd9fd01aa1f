import Foundation

/// A working shift (班次), e.g. day 08:00–20:00 or night 20:00–08:00, on given days, in its own time zone.
///
/// A shift that ends at or before its start runs past midnight and belongs to the day it started:
/// a weekday night shift that starts Friday 20:00 still holds Saturday 02:00.
public struct Shift: Sendable, Equatable, Hashable {
    public var name: String
    /// Minutes after local midnight, 0–1439.
    public var startMinute: Int
    /// Minutes after local midnight, 0–1440; at or before `startMinute` means the next day.
    public var endMinute: Int
    public var days: ShiftDays
    /// IANA time zone name, e.g. "Asia/Shanghai".
    public var timeZone: String

    public init(name: String, startMinute: Int, endMinute: Int, days: ShiftDays = .everyDay, timeZone: String = "Asia/Shanghai") {
        self.name = name
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.days = days
        self.timeZone = timeZone
    }

    /// Whether the shift ends on the day after it starts.
    public var crossesMidnight: Bool { endMinute <= startMinute }

    /// Whether someone on this shift is working at `date`.
    public func contains(_ date: Date) -> Bool { start(ofRunContaining: date) != nil }

    /// When the run of this shift that holds `date` began, or nil when the shift is not running then.
    public func start(ofRunContaining date: Date) -> Date? {
        let calendar = localCalendar
        let parts = calendar.dateComponents([.hour, .minute, .weekday], from: date)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        let today = Self.isoWeekday(parts.weekday ?? 1)
        let midnight = calendar.startOfDay(for: date)
        if !crossesMidnight {
            guard days.includes(isoWeekday: today), minute >= startMinute, minute < endMinute else { return nil }
            return at(startMinute, on: midnight, calendar)
        }
        if minute >= startMinute, days.includes(isoWeekday: today) { return at(startMinute, on: midnight, calendar) }
        let yesterday = today == 1 ? 7 : today - 1
        if minute < endMinute, days.includes(isoWeekday: yesterday),
           let previous = calendar.date(byAdding: .day, value: -1, to: midnight) {
            return at(startMinute, on: previous, calendar)
        }
        return nil
    }

    /// "20:00–08:00 weekdays Asia/Shanghai"
    public var summary: String {
        "\(Self.clock(startMinute))–\(Self.clock(endMinute)) \(days.text) \(timeZone)"
    }

    /// Checks a shift before it is saved, with messages an admin understands.
    public func validated() throws -> Shift {
        var clean = self
        clean.name = try Limits.checked(name, "the shift name", limit: 40)
        guard (0..<1440).contains(startMinute) else { throw WorkflowError.invalid("a shift starts between 00:00 and 23:59") }
        guard (0...1440).contains(endMinute) else { throw WorkflowError.invalid("a shift ends between 00:00 and 24:00") }
        guard TimeZone(identifier: timeZone) != nil else {
            throw WorkflowError.invalid("“\(timeZone)” is not a time zone; use an IANA name such as Asia/Shanghai or America/New_York")
        }
        return clean
    }

    /// "08:00" → 480; also "8:00" and "24:00"; nil for anything else.
    public static func minutes(from text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }

    /// 480 → "08:00"
    public static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// Calendar's 1 = Sunday … 7 = Saturday as ISO 1 = Monday … 7 = Sunday.
    static func isoWeekday(_ weekday: Int) -> Int { (weekday + 5) % 7 + 1 }

    private var localCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        return calendar
    }

    private func at(_ minute: Int, on midnight: Date, _ calendar: Calendar) -> Date? {
        calendar.date(bySettingHour: minute / 60, minute: minute % 60, second: 0, of: midnight)
    }
}
