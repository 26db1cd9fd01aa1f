import Foundation

/// A business calendar bound to its time-zone table: the engine behind the working-time maths.
/// Built once per calculation so the zone lookup is paid once, not per day.
struct WorkingTimeline {
    let calendar: BusinessCalendar
    let zone: ZoneOffsets
    private let startSeconds: Double
    private let endSeconds: Double
    private let checksDays: Bool
    /// False when no day can ever have working time, so loops must not run forever.
    private let canWork: Bool

    /// Give up after this many days; a valid calendar reaches any SLA target long before.
    static let dayLimit = 40 * 366

    init(_ calendar: BusinessCalendar) {
        self.calendar = calendar
        zone = ZoneOffsets.forIdentifier(calendar.timeZoneID)
        let start = min(max(calendar.dayStartMinute, 0), 1440)
        let end = min(max(calendar.dayEndMinute, 0), 1440)
        startSeconds = Double(start) * 60
        endSeconds = Double(end) * 60
        checksDays = !calendar.holidays.isEmpty || !calendar.extraWorkdays.isEmpty
        canWork = calendar.isAlwaysOpen || (start < end && (
            !calendar.workdays.isDisjoint(with: 1...7) || !calendar.extraWorkdays.isEmpty))
    }

    func isWorkingDay(_ dayNumber: Int) -> Bool {
        if calendar.isAlwaysOpen { return true }
        if checksDays {
            let date = LocalDate(dayNumber: dayNumber)
            if calendar.holidays.contains(date) { return false }
            if calendar.extraWorkdays.contains(date) { return true }
        }
        return calendar.workdays.contains(LocalDate.isoWeekday(dayNumber: dayNumber))
    }

    /// The UTC interval of working hours on a local day, or nil on a day off.
    func window(_ dayNumber: Int) -> (start: Double, end: Double)? {
        guard isWorkingDay(dayNumber) else { return nil }
        let midnight = Double(dayNumber) * 86_400
        let start = zone.utc(ofLocal: midnight + startSeconds)
        let end = zone.utc(ofLocal: midnight + endSeconds)
        return end > start ? (start, end) : nil
    }

    /// The last instant at which exactly `seconds` of working time have passed since `start`.
    /// "Last" matters when the count runs out at closing time: the deadline is then the next
    /// opening, so "deadline passed" and "more than the target elapsed" always agree.
    func adding(_ seconds: Double, to start: Double) -> Double {
        let amount = seconds.isFinite ? max(0, seconds) : (seconds > 0 ? .infinity : 0)
        if calendar.isAlwaysOpen { return start + amount }
        guard canWork, amount.isFinite else { return Date.distantFuture.timeIntervalSince1970 }
        var remaining = amount
        var day = zone.localDayNumber(at: start)
        for _ in 0..<Self.dayLimit {
            if let w = window(day) {
                let from = max(w.start, start)
                if from < w.end {
                    let available = w.end - from
                    if remaining < available { return from + remaining }
                    remaining -= available
                }
            }
            day += 1
        }
        return Date.distantFuture.timeIntervalSince1970
    }

    /// Working seconds in [from, to); 0 when `to` is not after `from`.
    func working(from: Double, to: Double) -> Double {
        guard to > from else { return 0 }
        if calendar.isAlwaysOpen { return to - from }
        guard canWork else { return 0 }
        var total = 0.0
        var day = zone.localDayNumber(at: from)
        let last = zone.localDayNumber(at: to)
        while day <= last {
            if let w = window(day) {
                let overlap = min(w.end, to) - max(w.start, from)
                if overlap > 0 { total += overlap }
            }
            day += 1
        }
        return total
    }
}
