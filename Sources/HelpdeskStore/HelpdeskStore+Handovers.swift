import Foundation
import GRDB
import HelpdeskCore

/// Shift handovers (领导带班制度): written by the outgoing lead with a snapshot of the queue,
/// acknowledged by the incoming one.
extension HelpdeskStore {
    /// Saves a handover with a snapshot taken now, in the same transaction.
    ///
    /// The shift starts at `since` when given, else when the author's running shift began (the
    /// roster), else at the previous handover,
    /// else twelve hours ago. An empty label becomes the shift's times in `timeZone`.
    public func saveHandover(note: String, shiftLabel: String = "", since: Date? = nil, by actor: Actor, at now: Date,
                             timeZone: TimeZone = .current) throws -> Handover {
        try auditingDenial(actor, at: now, action: "handover new") { try AccessPolicy.checkWriteHandover(by: actor) }
        let clean = try Handover.validated(note: note, shiftLabel: shiftLabel)
        return try write { db in
            let previous = try Double.fetchOne(db, sql: "SELECT MAX(created_at) FROM handovers WHERE created_at <= ?",
                                               arguments: [now.epoch])
            // The author's running shift, from the roster, is the best-known start of what is handed over.
            let roster = try Self.fetchRoster(db)
            let shift = roster.currentShift(for: actor.login, at: now)
            let known = since ?? shift?.start(ofRunContaining: now)
            let start = Handover.shiftStart(known: known, previousHandover: previous.map(Date.init(epoch:)), now: now)
            let times = Handover.defaultShiftLabel(since: start, until: now, timeZone: timeZone)
            let label = clean.shiftLabel.isEmpty ? (shift.map { "\($0.name) \(times)" } ?? times) : clean.shiftLabel
            var handover = Handover(author: actor.login, createdAt: now, shiftLabel: label, note: clean.note,
                                    snapshot: try handoverSnapshot(since: start, now: now, db))
            try db.execute(sql: """
                INSERT INTO handovers(author, created_at, shift_label, note, snapshot, search) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [actor.login, now.epoch, label, clean.note, try Self.encode(handover.snapshot),
                                 Self.searchText(handover)])
            handover.id = db.lastInsertedRowID
            try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: "handover.written",
                                               newValue: "#\(handover.id) \(label)"), ticketID: nil, version: nil, db)
            return handover
        }
    }

    /// Records that `actor`, the incoming lead, has read the handover, with an optional reply.
    /// Its author cannot acknowledge it, and it is acknowledged once.
    public func acknowledgeHandover(id: Int64, reply: String? = nil, by actor: Actor, at now: Date) throws -> Handover {
        let reply = try Handover.validatedReply(reply)
        return try auditingDenial(actor, at: now, action: "handover ack #\(id)") {
            try write { db in
                var handover = try Self.fetchHandover(id, db)
                try AccessPolicy.checkAcknowledgeHandover(handover, by: actor)
                handover.acknowledgedBy = actor.login
                handover.acknowledgedAt = now
                handover.ackReply = reply
                try db.execute(sql: """
                    UPDATE handovers SET acknowledged_by = ?, acknowledged_at = ?, ack_reply = ?, search = ?
                    WHERE id = ? AND acknowledged_at IS NULL
                    """, arguments: [actor.login, now.epoch, reply, Self.searchText(handover), id])
                try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: "handover.acknowledged",
                                                   newValue: "#\(id)", reason: reply), ticketID: nil, version: nil, db)
                return handover
            }
        }
    }

    /// One handover in full.
    public func handover(id: Int64) throws -> Handover {
        try read { db in try Self.fetchHandover(id, db) }
    }

    /// The newest handover, or nil before the first one.
    public func latestHandover() throws -> Handover? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM handovers ORDER BY created_at DESC, id DESC LIMIT 1").map(Self.handover(from:))
        }
    }

    /// Handovers newest first, those containing every typed term (Chinese or English, any case),
    /// optionally only those still waiting for an acknowledgement.
    public func handovers(search: String = "", unacknowledgedOnly: Bool = false, limit: Int = 100) throws -> [Handover] {
        let terms = search.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        var conditions = terms.map { _ in "instr(search, ?) > 0" }
        if unacknowledgedOnly { conditions.append("acknowledged_at IS NULL") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let index = unacknowledgedOnly ? "handovers_unacknowledged" : "handovers_by_time"
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM handovers INDEXED BY \(index)\(filter) ORDER BY created_at DESC, id DESC LIMIT ?",
                             arguments: StatementArguments(terms + [String(max(0, min(limit, 10_000)))]))
                .map(Self.handover(from:))
        }
    }

    /// The handover waiting for this lead: the newest unacknowledged one someone else wrote.
    /// Agents are never asked to acknowledge, so they get nil.
    public func pendingHandover(for actor: Actor) throws -> Handover? {
        guard actor.role != .agent else { return nil }
        return try read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM handovers INDEXED BY handovers_unacknowledged
                WHERE acknowledged_at IS NULL AND author <> ? ORDER BY created_at DESC, id DESC LIMIT 1
                """, arguments: [actor.login]).map(Self.handover(from:))
        }
    }

    static func fetchHandover(_ id: Int64, _ db: Database) throws -> Handover {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM handovers WHERE id = ?", arguments: [id]) else {
            throw StoreError.handoverNotFound(id)
        }
        return try handover(from: row)
    }

    private static func handover(from row: Row) throws -> Handover {
        let json: String = row["snapshot"]
        return Handover(id: row["id"], author: row["author"], createdAt: Date(epoch: row["created_at"]), shiftLabel: row["shift_label"],
                        note: row["note"], snapshot: try decoder.decode(HandoverSnapshot.self, from: Data(json.utf8)),
                        acknowledgedBy: row["acknowledged_by"], acknowledgedAt: Date(epochOrNil: row["acknowledged_at"]),
                        ackReply: row["ack_reply"])
    }

    private static func searchText(_ handover: Handover) -> String {
        [handover.shiftLabel, handover.note, handover.ackReply ?? "", handover.author, handover.acknowledgedBy ?? ""]
            .joined(separator: "\n").lowercased()
    }

    private static func encode(_ snapshot: HandoverSnapshot) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(snapshot), as: UTF8.self)
    }

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }()
}
