import Foundation

/// A breached ticket nobody has touched for a while: the board flags it so a lead chases it.
public enum StaleBreach {
    /// How long a breached ticket may go without an update before it is flagged, unless an admin sets otherwise.
    public static let defaultMinutes = 120
    /// The longest threshold accepted: one week.
    public static let maximumMinutes = 7 * 24 * 60

    /// True when the ticket is past its deadline and was last updated `minutes` or more ago.
    public static func isStale(dueAt: Date?, updatedAt: Date, now: Date, minutes: Int) -> Bool {
        guard let dueAt, dueAt <= now else { return false }
        return now.timeIntervalSince(updatedAt) >= Double(minutes) * 60
    }

    /// Checks an admin's threshold: whole minutes from 1 to a week.
    public static func validated(_ minutes: Int) throws -> Int {
        guard (1...maximumMinutes).contains(minutes) else {
            throw ValidationError("the stale-breach time must be between 1 and \(maximumMinutes) minutes (a week), not \(minutes)")
        }
        return minutes
    }
}
