import Foundation

/// Working-time arithmetic: local days, working days, deadlines and elapsed working time.
extension BusinessCalendar {
    /// Checks the calendar an admin typed in; throws a `ValidationError` naming the calendar and the fix.
    public func validate() throws {
        let label = name.isEmpty ? "a calendar" : "calendar \"\(name)\""
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("a calendar needs a name, such as \"business\" or \"24x7\"")
        }
        guard TimeZone(identifier: timeZoneID) != nil else {
            throw ValidationError("\(label): unknown time zone \"\(timeZoneID)\"; use an IANA name such as Asia/Shanghai")
        }
        if isAlwaysOpen { return }
        for (what, minute) in [("start", dayStartMinute), ("end", dayEndMinute)] where !(0...1440).contains(minute) {
            throw ValidationError("\(label): the working day's \(what) must be between 00:00 and 24:00, not minute \(minute)")
        }
        guard dayStartMinute < dayEndMinute else {
            throw ValidationError("\(label): the working day must start before it ends (\(Self.clock(dayStartMinute))–\(Self.clock(dayEndMinute)))")
        }
        guard !workdays.isEmpty else {
            throw ValidationError("\(label): no working weekdays; list at least one of 1 (Monday) … 7 (Sunday)")
        }
        if let bad = workdays.sorted().first(where: { !(1...7).contains($0) }) {
            throw ValidationError("\(label): weekday \(bad) does not exist; use 1 (Monday) … 7 (Sunday)")
        }
        if let clash = holidays.intersection(extraWorkdays).sorted().first {
            throw ValidationError("\(label): \(clash) is listed both as a holiday and as a make-up working day (调休)")
        }
    }

    /// The calendar day, in this calendar's time zone, on which `date` falls.
    public func localDate(of date: Date) -> LocalDate {
        let timeline = WorkingTimeline(self)
        return LocalDate(dayNumber: timeline.zone.localDayNumber(at: date.timeIntervalSince1970))
    }

    /// Whether work happens on `day`: holidays beat weekdays, make-up days (调休) beat weekends.
    public func isWorkingDay(_ day: LocalDate) -> Bool {
        if isAlwaysOpen { return true }
        if holidays.contains(day) { return false }
        if extraWorkdays.contains(day) { return true }
        return workdays.contains(day.isoWeekday)
    }

    /// The instant at which `seconds` of working time have passed since `start`.
    /// When the count runs out exactly at closing time the answer is the next opening
    /// (the last instant with that much working time), so a Friday-evening deadline reads Monday 09:00.
    /// A calendar without any working time gives `Date.distantFuture`.
    public func addingWorkingTime(_ seconds: TimeInterval, to start: Date) -> Date {
        Date(timeIntervalSince1970: WorkingTimeline(self).adding(seconds, to: start.timeIntervalSince1970))
    }

    /// Working seconds in [from, to); 0 when `to` is not after `from`.
    public func workingTime(from: Date, to: Date) -> TimeInterval {
        WorkingTimeline(self).working(from: from.timeIntervalSince1970, to: to.timeIntervalSince1970)
    }

    private static func clock(_ minute: Int) -> String {
        String(format: "%02d:%02d", minute / 60, minute % 60)
    }
}
