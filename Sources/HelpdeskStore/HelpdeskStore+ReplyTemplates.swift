import Foundation
import GRDB
import HelpdeskCore

/// Reply templates (回复模板): any engineer reads and inserts them; leads and admins add, change
/// and remove them, and each of those is an event in the audit log.
extension HelpdeskStore {
    /// Audit-log fields of template changes.
    public static let templateAddedField = "template.added"
    public static let templateChangedField = "template.changed"
    public static let templateRemovedField = "template.removed"

    /// Every template, by title (Chinese and English titles alike, in code-point order).
    public func replyTemplates() throws -> [ReplyTemplate] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reply_templates ORDER BY title COLLATE NOCASE, id").map(Self.decodeTemplate)
        }
    }

    /// One template; refused with the way to list them when there is no such id.
    public func replyTemplate(id: Int64) throws -> ReplyTemplate {
        try read { db in try Self.fetchReplyTemplate(id, db) }
    }

    /// Saves a new template (leads and admins). The title must be new to the desk, and the body
    /// may use only the placeholders `ReplyPlaceholder` lists.
    @discardableResult
    public func addReplyTemplate(title: String, body: String, by actor: Actor, at now: Date = Date()) throws -> ReplyTemplate {
        try auditingDenial(actor, at: now, action: "template add") { try AccessPolicy.check(.manageTemplates, by: actor) }
        let checked = try ReplyTemplate.validated(title: title, body: body)
        return try write { db in
            try Self.checkTitleFree(checked.title, except: nil, db)
            try db.execute(sql: """
                INSERT INTO reply_templates(title, body, author, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [checked.title, checked.body, actor.login, now.epoch, now.epoch, actor.login])
            let saved = ReplyTemplate(id: db.lastInsertedRowID, title: checked.title, body: checked.body, author: actor.login, createdAt: now)
            try Self.auditTemplate(Self.templateAddedField, actor: actor, at: now, old: nil, new: Self.label(saved), db)
            return saved
        }
    }

    /// Changes a template's title, body or both (leads and admins); nil leaves that part as it is.
    /// Returns the template as saved; nothing is written when nothing changed.
    @discardableResult
    public func updateReplyTemplate(id: Int64, title: String?, body: String?, by actor: Actor, at now: Date = Date()) throws -> ReplyTemplate {
        try auditingDenial(actor, at: now, action: "template edit #\(id)") { try AccessPolicy.check(.manageTemplates, by: actor) }
        return try write { db in
            var template = try Self.fetchReplyTemplate(id, db)
            let checked = try ReplyTemplate.validated(title: title ?? template.title, body: body ?? template.body)
            guard checked.title != template.title || checked.body != template.body else { return template }
            try Self.checkTitleFree(checked.title, except: id, db)
            let old = template
            template.title = checked.title
            template.body = checked.body
            template.updatedAt = now
            template.updatedBy = actor.login
            try db.execute(sql: "UPDATE reply_templates SET title = ?, body = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                           arguments: [template.title, template.body, now.epoch, actor.login, id])
            let what = old.body == template.body ? "title" : (old.title == template.title ? "text" : "title and text")
            try Self.auditTemplate(Self.templateChangedField, actor: actor, at: now, old: Self.label(old), new: Self.label(template),
                                   reason: "changed the \(what)", db)
            return template
        }
    }

    /// Removes a template (leads and admins). Its title and text stay in the audit log.
    @discardableResult
    public func removeReplyTemplate(id: Int64, by actor: Actor, at now: Date = Date()) throws -> ReplyTemplate {
        try auditingDenial(actor, at: now, action: "template remove #\(id)") { try AccessPolicy.check(.manageTemplates, by: actor) }
        return try write { db in
            let template = try Self.fetchReplyTemplate(id, db)
            try db.execute(sql: "DELETE FROM reply_templates WHERE id = ?", arguments: [id])
            try Self.auditTemplate(Self.templateRemovedField, actor: actor, at: now, old: Self.label(template) + "\n" + template.body,
                                   new: nil, db)
            return template
        }
    }

    /// The audit log's template events, oldest first.
    public func replyTemplateEvents() throws -> [TicketEvent] {
        try read { db in
            try StoreEvents.events(db, sql: "field IN (?, ?, ?)",
                                   arguments: [Self.templateAddedField, Self.templateChangedField, Self.templateRemovedField])
        }
    }

    private static func fetchReplyTemplate(_ id: Int64, _ db: Database) throws -> ReplyTemplate {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM reply_templates WHERE id = ?", arguments: [id]) else {
            throw WorkflowError.invalid("there is no reply template #\(id) (see: helpdesk template list)")
        }
        return decodeTemplate(row)
    }

    private static func decodeTemplate(_ row: Row) -> ReplyTemplate {
        ReplyTemplate(id: row["id"], title: row["title"], body: row["body"], author: row["author"],
                      createdAt: Date(epoch: row["created_at"]), updatedAt: Date(epoch: row["updated_at"]),
                      updatedBy: row["updated_by"])
    }

    /// Two templates with one title could not be told apart in the picker.
    private static func checkTitleFree(_ title: String, except id: Int64?, _ db: Database) throws {
        let other = try Int64.fetchOne(db, sql: "SELECT id FROM reply_templates WHERE title = ? COLLATE NOCASE AND id IS NOT ?",
                                       arguments: [title, id])
        if let other {
            throw WorkflowError.invalid("template #\(other) is already titled “\(title)”; choose another title, or change that one with: helpdesk template edit \(other)")
        }
    }

    /// "#3 密码重置"
    private static func label(_ template: ReplyTemplate) -> String { "#\(template.id) \(template.title)" }

    private static func auditTemplate(_ field: String, actor: Actor, at now: Date, old: String?, new: String?,
                                      reason: String? = nil, _ db: Database) throws {
        try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: field, oldValue: old,
                                           newValue: new, reason: reason),
                               ticketID: nil, version: nil, db)
    }
}
