import Foundation
import GRDB
import HelpdeskCore

/// Satisfaction survey results (满意度回访): one current result per ticket; every result and
/// correction is also a "satisfaction" event in the ticket's audit log.
extension HelpdeskStore {
    /// The audit-log field of a survey result; values read "4/5", the reason holds the comment.
    public static let satisfactionField = Satisfaction.eventField

    /// Records (or corrects) the survey result of a resolved or closed ticket.
    ///
    /// Any engineer may record one: the agent who made the follow-up call is often not the one who
    /// solved the ticket. Like a knowledge-base link it does not change the ticket's version.
    @discardableResult
    public func recordSurvey(ticketID: Int64, score: Int, comment: String, by actor: Actor, at now: Date) throws -> SurveyResult {
        try write { db in try Self.saveSurvey(ticketID: ticketID, score: score, comment: comment, by: actor, at: now, db) }
    }

    /// The current survey result of a ticket, if any.
    public func survey(ticketID: Int64) throws -> SurveyResult? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM satisfaction WHERE ticket_id = ?", arguments: [ticketID]).map(Self.surveyResult)
        }
    }

    /// Imports parsed survey lines in one transaction: a line whose ticket is missing or open is
    /// reported with its line number and skipped; the others are saved. Lines without a time get `now`.
    /// `progress` hears how many lines are done every few hundred; what it throws rolls back the whole file.
    public func importSurveys(_ lines: [SurveyLine], by actor: Actor, at now: Date,
                              progress: ((Int) throws -> Void)? = nil) throws -> (imported: Int, errors: [SurveyLineError]) {
        try write { db in
            var imported = 0
            var errors: [SurveyLineError] = []
            for (index, line) in lines.enumerated() {
                if index % 200 == 0 { try progress?(index) }
                do {
                    _ = try Self.saveSurvey(ticketID: line.ticketID, score: line.score, comment: line.comment, by: actor, at: line.at ?? now, db)
                    imported += 1
                } catch let error as StoreError {
                    errors.append(SurveyLineError(line: line.line, message: "\(error)"))
                } catch let error as ValidationError {
                    errors.append(SurveyLineError(line: line.line, message: error.message))
                } catch let error as WorkflowError {
                    errors.append(SurveyLineError(line: line.line, message: error.message))
                }
            }
            return (imported, errors)
        }
    }

    /// Low scores (2 or less) recorded from `since` on, newest first, with the ticket they concern.
    public func lowSatisfaction(since: Date, limit: Int = 200) throws -> [LowSatisfaction] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*, t.title, t.status, t.assignee FROM satisfaction s JOIN tickets t ON t.id = s.ticket_id
                WHERE s.score <= 2 AND s.at >= ? ORDER BY s.at DESC, s.ticket_id DESC LIMIT ?
                """, arguments: [since.epoch, limit]).map { row in
                LowSatisfaction(result: Self.surveyResult(row), title: row["title"],
                                status: TicketStatus(rawValue: row["status"]) ?? .closed, assignee: row["assignee"])
            }
        }
    }

    static func saveSurvey(ticketID: Int64, score: Int, comment: String, by actor: Actor, at now: Date, _ db: Database) throws -> SurveyResult {
        let ticket = try fetchTicket(ticketID, db)
        let text = try Satisfaction.check(score: score, comment: comment, ticketID: ticketID, status: ticket.status)
        let previous = try Int.fetchOne(db, sql: "SELECT score FROM satisfaction WHERE ticket_id = ?", arguments: [ticketID])
        try db.execute(sql: """
            INSERT INTO satisfaction(ticket_id, score, comment, at, recorded_by) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(ticket_id) DO UPDATE SET score = excluded.score, comment = excluded.comment,
                at = excluded.at, recorded_by = excluded.recorded_by
            """, arguments: [ticketID, score, text, now.epoch, actor.login])
        try StoreEvents.insert(TicketEvent(ticketID: ticketID, actor: actor.login, at: now, field: satisfactionField,
                                           oldValue: previous.map { "\($0)/5" }, newValue: "\(score)/5",
                                           reason: text.isEmpty ? nil : text),
                               ticketID: ticketID, version: nil, db)
        return SurveyResult(ticketID: ticketID, score: score, comment: text, at: now, recordedBy: actor.login)
    }

    static func surveyResult(_ row: Row) -> SurveyResult {
        SurveyResult(ticketID: row["ticket_id"], score: row["score"], comment: row["comment"],
                     at: Date(epoch: row["at"]), recordedBy: row["recorded_by"])
    }
}

/// A low survey result for the lead's list.
public struct LowSatisfaction: Sendable, Equatable {
    public var result: SurveyResult
    public var title: String
    public var status: TicketStatus
    public var assignee: String?
}
