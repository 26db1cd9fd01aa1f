import Foundation

/// One shift handover (交接班): the outgoing lead's note, the queue as it stood when the note was
/// saved, and the incoming lead's acknowledgement.
public struct Handover: Codable, Sendable, Equatable {
    /// 0 until the store has saved it.
    public var id: Int64
    /// Login of the lead who wrote it.
    public var author: String
    public var createdAt: Date
    /// Which shift this closes ("2026-11-29 08:00–20:00", "白班").
    public var shiftLabel: String
    public var note: String
    public var snapshot: HandoverSnapshot
    public var acknowledgedBy: String?
    public var acknowledgedAt: Date?
    /// What the incoming lead answered when acknowledging; nil when they said nothing.
    public var ackReply: String?

    public init(id: Int64 = 0, author: String, createdAt: Date, shiftLabel: String, note: String,
                snapshot: HandoverSnapshot, acknowledgedBy: String? = nil, acknowledgedAt: Date? = nil, ackReply: String? = nil) {
        self.id = id
        self.author = author
        self.createdAt = createdAt
        self.shiftLabel = shiftLabel
        self.note = note
        self.snapshot = snapshot
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.ackReply = ackReply
    }

    public var isAcknowledged: Bool { acknowledgedAt != nil }

    /// Longest note a handover takes, in characters.
    public static let noteLimit = 20_000
    /// Longest shift label, in characters.
    public static let labelLimit = 60
    /// Longest acknowledgement reply, in characters.
    public static let replyLimit = 2_000
    /// How far back a shift reaches when nothing says when it started.
    public static let defaultShiftLength: TimeInterval = 12 * 3600

    /// Where the shift being handed over began: the given start, else the previous handover,
    /// else `defaultShiftLength` ago.
    public static func shiftStart(known: Date?, previousHandover: Date?, now: Date) -> Date {
        if let known, known <= now { return known }
        if let previousHandover, previousHandover <= now { return previousHandover }
        return now.addingTimeInterval(-defaultShiftLength)
    }

    /// "2026-11-29 08:00–20:00" in `timeZone`: the label used when the lead gives none.
    public static func defaultShiftLabel(since: Date, until: Date, timeZone: TimeZone) -> String {
        let start = HandoverTime(timeZone: timeZone)
        let sameDay = start.day(since) == start.day(until)
        return "\(start.dateTime(since))–\(sameDay ? start.time(until) : start.dateTime(until))"
    }

    /// The note, label and reply checked against the limits (the note must not be empty).
    public static func validated(note: String, shiftLabel: String) throws -> (note: String, shiftLabel: String) {
        let note = try Limits.checked(note, "the handover note", limit: noteLimit)
        let label = try Limits.checked(shiftLabel, "the shift label", limit: labelLimit, required: false)
        if label.contains(where: \.isNewline) { throw WorkflowError.invalid("the shift label must be one line") }
        return (note, label)
    }

    /// The reply trimmed and checked; nil when empty.
    public static func validatedReply(_ reply: String?) throws -> String? {
        guard let reply else { return nil }
        let clean = try Limits.checked(reply, "the reply", limit: replyLimit, required: false)
        return clean.isEmpty ? nil : clean
    }
}

/// Dates as handovers print them, in one time zone, without a DateFormatter.
public struct HandoverTime: Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// "2026-11-29 08:00"
    public func dateTime(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// "08:00"
    public func time(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    func day(_ date: Date) -> String { String(dateTime(date).prefix(10)) }

    private func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }
}
