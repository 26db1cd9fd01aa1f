import Foundation

/// One line of a survey import file, parsed but not yet checked against its ticket.
public struct SurveyLine: Sendable, Equatable {
    /// 1-based line number in the file, for error messages.
    public var line: Int
    public var ticketID: Int64
    public var score: Int
    public var comment: String
    /// Nil when the file leaves the time empty: the import time is used.
    public var at: Date?

    public init(line: Int, ticketID: Int64, score: Int, comment: String, at: Date?) {
        self.line = line
        self.ticketID = ticketID
        self.score = score
        self.comment = comment
        self.at = at
    }
}

/// A line the import could not take, and why.
public struct SurveyLineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Reads `ticket_id,score,comment,at` CSV (RFC 4180 quoting; a header line is required).
///
/// `at` is ISO 8601 with a zone ("2026-11-03T10:00:00+08:00"), or "YYYY-MM-DD HH:MM[:SS]" in
/// the given time zone, or empty. Every bad line is reported with its number; good lines are kept.
public enum SurveyCSV {
    public static let header = ["ticket_id", "score", "comment", "at"]

    public static func parse(_ text: String, timeZone: TimeZone) -> (lines: [SurveyLine], errors: [SurveyLineError]) {
        var lines: [SurveyLine] = []
        var errors: [SurveyLineError] = []
        let records = CSVRecords.split(text)
        guard let first = records.first else {
            return ([], [SurveyLineError(line: 1, message: "the file is empty; expected the header \(header.joined(separator: ","))")])
        }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.count >= 2, Array(names.prefix(header.count)) == Array(header.prefix(names.count)) else {
            return ([], [SurveyLineError(line: first.line, message: "the first line must be the header \(header.joined(separator: ",")), not \"\(SafeText.sanitize(first.fields.joined(separator: ",")).truncated(toColumns: 60))\"")])
        }
        for record in records.dropFirst() {
            if let message = record.error { errors.append(SurveyLineError(line: record.line, message: message)); continue }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            do {
                lines.append(try line(record, columns: names.count, timeZone: timeZone))
            } catch let error as SurveyLineError {
                errors.append(error)
            } catch {
                errors.append(SurveyLineError(line: record.line, message: "\(error)"))
            }
        }
        return (lines, errors)
    }

    private static func line(_ record: CSVRecords.Record, columns: Int, timeZone: TimeZone) throws -> SurveyLine {
        let f = record.fields
        func fail(_ message: String) -> SurveyLineError { SurveyLineError(line: record.line, message: message) }
        guard f.count == columns else { throw fail("expected \(columns) fields (\(header.prefix(columns).joined(separator: ","))), found \(f.count)") }
        let idText = f[0].trimmingCharacters(in: .whitespaces)
        guard let id = Int64(idText.hasPrefix("#") ? String(idText.dropFirst()) : idText), id > 0 else {
            throw fail("ticket_id \"\(SafeText.sanitize(idText))\" is not a ticket number")
        }
        let scoreText = f[1].trimmingCharacters(in: .whitespaces)
        guard let score = Int(scoreText) else { throw fail("score \"\(SafeText.sanitize(scoreText))\" is not a number from 1 to 5") }
        guard Satisfaction.scores.contains(score) else { throw fail("score \(score) is out of range; scores are 1 to 5") }
        let comment = f.count > 2 ? f[2] : ""
        var at: Date?
        if f.count > 3, !f[3].trimmingCharacters(in: .whitespaces).isEmpty {
            guard let date = parseDate(f[3].trimmingCharacters(in: .whitespaces), timeZone: timeZone) else {
                throw fail("at \"\(SafeText.sanitize(f[3]))\" is not a time; write 2026-11-03T10:00:00+08:00 or 2026-11-03 10:00")
            }
            at = date
        }
        return SurveyLine(line: record.line, ticketID: id, score: score, comment: comment, at: at)
    }

    static func parseDate(_ text: String, timeZone: TimeZone) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = LocalDate(String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }),
              let h = clock[0], let m = clock[1], (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        let s = clock.count == 3 ? clock[2]! : 0
        guard (0..<60).contains(s) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: h, minute: m, second: s))
    }
}
