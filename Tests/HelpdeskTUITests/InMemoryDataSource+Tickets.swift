import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

/// Full tickets, their timelines and the writes, run through Core's workflow as the store does.
extension InMemoryDataSource {
    /// One write the console asked for.
    enum Call: Equatable {
        case perform(TicketAction, id: Int64, expectedVersion: Int?, actor: Actor)
        case create(NewTicket, actor: Actor)
        case article(title: String, body: String, category: HelpdeskCore.Category, tags: [String], author: String)
        case denied(actor: String, ticketID: Int64?, action: String)
    }

    /// Every write so far, in order, refused ones included.
    var recordedCalls: [Call] { lock.withLock { calls } }

    /// Replaces a ticket and its timeline, keeping its queue row in step.
    func setTicket(_ ticket: Ticket, timeline: [TimelineItem] = []) {
        lock.withLock {
            tickets[ticket.id] = ticket
            timelines[ticket.id] = timeline
            syncRow(from: ticket)
        }
    }

    func setTeam(_ engineers: [Engineer]) {
        lock.withLock { team = engineers }
    }

    func storedTicket(_ id: Int64) -> Ticket? { lock.withLock { tickets[id] } }

    func reads(of id: Int64) -> Int { lock.withLock { ticketReads[id] ?? 0 } }

    func ticket(id: Int64) throws -> Ticket {
        try lock.withLock {
            if let failure { throw failure }
            ticketReads[id, default: 0] += 1
            guard let ticket = tickets[id] else { throw StoreError.ticketNotFound(id) }
            return ticket
        }
    }

    func timeline(ticketID: Int64) throws -> [TimelineItem] {
        try lock.withLock {
            if let failure { throw failure }
            return timelines[ticketID] ?? []
        }
    }

    func slaConfiguration() throws -> SLAConfiguration { .standard }

    func perform(_ action: TicketAction, on id: Int64, expectedVersion: Int?, by actor: Actor, at now: Date) throws -> Ticket {
        try lock.withLock {
            calls.append(.perform(action, id: id, expectedVersion: expectedVersion, actor: actor))
            if let failure { throw failure }
            guard let current = tickets[id] else { throw StoreError.ticketNotFound(id) }
            if let expected = expectedVersion, expected != current.version {
                let since = (eventLog[id] ?? [:]).filter { $0.key > expected }.sorted { $0.key < $1.key }.flatMap(\.value)
                var who: [String] = []
                for event in since where !who.contains(event.actor) { who.append(event.actor) }
                throw StoreError.conflict(ticketID: id, expected: expected, actual: current.version,
                                          changedBy: who.isEmpty ? ["zhao.min"] : who, changes: since)
            }
            let members = team
            let change = try Workflow().apply(action, to: current, by: actor, at: now) { login in
                members.first { $0.login == login }
            }
            var ticket = change.ticket
            ticket.version = current.version + 1
            tickets[id] = ticket
            eventLog[id, default: [:]][ticket.version] = change.events + change.comments.map {
                TicketEvent(ticketID: id, actor: $0.author, at: $0.createdAt, field: "comment", newValue: $0.kind.rawValue)
            }
            timelines[id, default: []] += change.comments.map(TimelineItem.comment) + change.events.map(TimelineItem.event)
            syncRow(from: ticket)
            version += 1
            return ticket
        }
    }

    func engineers() throws -> [Engineer] { lock.withLock { team } }

    func openLoads() throws -> [String: EngineerLoad] { lock.withLock { EngineerLoad.tally(Array(tickets.values)) } }


    func recordDenied(actor: String, at now: Date, ticketID: Int64?, action: String, message: String) throws {
        lock.withLock { calls.append(.denied(actor: actor, ticketID: ticketID, action: action)) }
    }

    func createTicket(_ draft: NewTicket, by actor: Actor, at now: Date) throws -> Ticket {
        try lock.withLock {
            calls.append(.create(draft, actor: actor))
            if let failure { throw failure }
            var ticket = try Workflow().create(draft, by: actor, at: now).ticket
            ticket.id = (tickets.keys.max() ?? 0) + 1
            tickets[ticket.id] = ticket
            rows.append(QueueRow(id: ticket.id, priority: ticket.priority, status: ticket.status, dueAt: nil, riskAt: nil,
                                 assignee: nil, category: ticket.category, requester: ticket.requester.name, title: ticket.title,
                                 tags: ticket.tags, isMajorIncident: ticket.isMajorIncident, updatedAt: now, version: 1))
            version += 1
            return ticket
        }
    }

    func addArticle(title: String, body: String, category: HelpdeskCore.Category, tags: [String],
                    author: String, at now: Date, status: KBArticleStatus) throws -> Int64 {
        try lock.withLock {
            calls.append(.article(title: title, body: body, category: category, tags: tags, author: author))
            if let failure { throw failure }
            version += 1
            let id = Int64(calls.filter { if case .article = $0 { true } else { false } }.count)
            knowledgeBase.add(KBArticle(id: id, title: title, body: body, category: category, tags: tags, status: status,
                                        author: author, createdAt: now))
            return id
        }
    }

    /// The ticket a bare queue row stands for; fixtures replace the interesting ones with richer tickets.
    static func ticket(from row: QueueRow) -> Ticket {
        let created = row.updatedAt.addingTimeInterval(-3600)
        return Ticket(id: row.id, title: row.title, description: "", requester: Requester(name: row.requester, contact: "\(row.id)@example.com"),
                      category: row.category, priority: row.priority, status: row.status, assignee: row.assignee, tags: row.tags,
                      isMajorIncident: row.isMajorIncident, createdAt: created, updatedAt: row.updatedAt, version: row.version)
    }

    /// The ticket with the fields a queue row shows taken from the row.
    static func merge(_ row: QueueRow, into ticket: Ticket) -> Ticket {
        var t = ticket
        t.title = row.title
        t.priority = row.priority
        t.status = row.status
        t.assignee = row.assignee
        t.tags = row.tags
        t.isMajorIncident = row.isMajorIncident
        t.updatedAt = row.updatedAt
        t.version = row.version
        return t
    }

    /// Call with the lock held.
    private func syncRow(from ticket: Ticket) {
        guard let index = rows.firstIndex(where: { $0.id == ticket.id }) else { return }
        rows[index].title = ticket.title
        rows[index].priority = ticket.priority
        rows[index].status = ticket.status
        rows[index].assignee = ticket.assignee
        rows[index].tags = ticket.tags
        rows[index].isMajorIncident = ticket.isMajorIncident
        rows[index].updatedAt = ticket.updatedAt
        rows[index].version = ticket.version
        if !ticket.status.isOpen || ticket.status == .pendingCustomer {
            rows[index].dueAt = nil
            rows[index].riskAt = nil
        }
    }
}
