import Foundation

/// The days a report covers, whole local days in one time zone: `start` is midnight of the first
/// day and `end` midnight after the last, so a ticket counts when `start <= t < end`.
public struct ReportPeriod: Sendable, Equatable {
    public var first: LocalDate
    public var last: LocalDate
    public var timeZone: TimeZone
    public var start: Date
    public var end: Date
    /// Midnight of each day, plus `end`: day `i` is `dayStarts[i] ..< dayStarts[i + 1]`.
    public var dayStarts: [Date]

    /// Longest period a report covers; a day-by-day chart of more is unreadable anyway.
    public static let maximumDays = 3_660

    /// The period from `first` to `last`, both included; refuses a reversed or over-long period.
    public init(from first: LocalDate, to last: LocalDate, timeZone: TimeZone) throws {
        guard first <= last else {
            throw ValidationError("the period starts \(first) but ends earlier, \(last); give --from on or before --to")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func midnight(_ d: LocalDate) -> Date {
            calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day))!
        }
        var starts = [midnight(first)]
        var day = first
        while day <= last {
            guard starts.count <= Self.maximumDays else {
                throw ValidationError("the period \(first) – \(last) is longer than \(Self.maximumDays) days; report on a shorter one")
            }
            day = day.adding(days: 1)
            starts.append(midnight(day))
        }
        self.first = first
        self.last = last
        self.timeZone = timeZone
        self.start = starts[0]
        self.end = starts[starts.count - 1]
        self.dayStarts = starts
    }

    /// Parses "YYYY-MM-DD" for --from/--to, naming the option in the error.
    public static func date(_ text: String, option: String) throws -> LocalDate {
        guard let date = LocalDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("\(option) \"\(SafeText.sanitize(text))\" is not a date; write it as YYYY-MM-DD, for example 2026-11-01")
        }
        return date
    }

    public var dayCount: Int { dayStarts.count - 1 }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// Index of the day holding `date`, or nil outside the period.
    public func dayIndex(of date: Date) -> Int? {
        guard contains(date) else { return nil }
        // Binary search: days are not all 86,400 s long where the zone has daylight saving.
        var low = 0, high = dayCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if dayStarts[mid] <= date { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The local day of index `i`.
    public func day(_ i: Int) -> LocalDate { first.adding(days: i) }
}

extension LocalDate {
    /// The date `n` days later (earlier when negative).
    public func adding(days n: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + n) }

    /// The local date of an instant in a time zone.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }
}
