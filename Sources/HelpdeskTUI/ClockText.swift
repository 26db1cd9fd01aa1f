import Foundation

/// Times as the console prints them, in the team's time zone.
struct ClockText {
    var timeZone: TimeZone

    /// "09:05"
    func time(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// "2026-03-02 09:05"
    func dateTime(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    private func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }
}
