import Foundation
import GRDB
import HelpdeskCore

/// Saved views: an engineer's named filters, private or shared with the team by a lead.
///
/// Changes to shared views are written to the audit log (they change everyone's tabs); private
/// ones are personal settings and are not. Refusals are audited like any other.
extension HelpdeskStore {
    /// The views `login` sees as tabs: their own and every shared one, oldest first.
    public func savedViews(visibleTo login: String) throws -> [SavedView] {
        try read { db in
            try Self.fetchViews("owner = ? OR shared = 1", [login], db)
        }
    }

    /// The view `name` means to `login`: their own, else the shared one; `shared: true` asks for the shared one only.
    public func savedView(named name: String, shared: Bool = false, visibleTo login: String) throws -> SavedView {
        try read { db in try Self.resolveView(named: name, shared: shared, login: login, db) }
    }

    /// Saves a view for `actor`. A name they already use is refused unless `replacing`, which
    /// rewrites that view in place (its tab keeps its place).
    @discardableResult
    public func saveView(_ draft: NewSavedView, replacing: Bool = false, by actor: Actor, at now: Date) throws -> SavedView {
        let view = try SavedViewRules.checked(draft)
        try auditingDenial(actor, at: now, action: "view save \(view.name)") {
            try AccessPolicy.checkSaveView(view, by: actor)
        }
        return try write { db in
            let own = try Self.fetchViews("owner = ? AND name = ?", [actor.login, view.name], db).first
            if let own, !replacing {
                throw WorkflowError.invalid("you already have a view named “\(view.name)”; choose another name or replace it")
            }
            if view.isShared, let other = try Self.fetchViews("shared = 1 AND name = ? AND owner <> ?", [view.name, actor.login], db).first {
                throw WorkflowError.invalid("\(other.owner) already shares a view named “\(view.name)”; choose another name")
            }
            if own == nil {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM saved_views WHERE owner = ?", arguments: [actor.login]) ?? 0
                if count >= SavedViewRules.viewsPerOwner {
                    throw WorkflowError.invalid("you have \(count) saved views, the most one engineer may keep; remove one first")
                }
            }
            var saved = SavedView(id: own?.id ?? 0, owner: actor.login, name: view.name, base: view.base, filter: view.filter,
                                  sort: view.sort, isShared: view.isShared, createdAt: own?.createdAt ?? now)
            if let own {
                try db.execute(sql: "UPDATE saved_views SET base = ?, filter = ?, sort = ?, shared = ? WHERE id = ?",
                               arguments: [view.base.rawValue, view.filter, view.sort.rawValue, view.isShared, own.id])
            } else {
                try db.execute(sql: """
                    INSERT INTO saved_views(owner, name, base, filter, sort, shared, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [actor.login, view.name, view.base.rawValue, view.filter, view.sort.rawValue, view.isShared, now.epoch])
                saved.id = db.lastInsertedRowID
            }
            if saved.isShared || own?.isShared == true {
                try Self.auditView(own == nil ? "view.shared" : "view.replaced", saved, old: own, actor: actor, at: now, db)
            }
            return saved
        }
    }

    /// Removes a view: the owner's own, or a shared one by a lead or an admin.
    @discardableResult
    public func removeSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView {
        try changeView(id: id, action: "remove", by: actor, at: now) { view, db in
            try db.execute(sql: "DELETE FROM saved_views WHERE id = ?", arguments: [id])
            if view.isShared { try Self.auditView("view.removed", view, old: view, actor: actor, at: now, db) }
            return view
        }
    }

    /// Takes a shared view off the team's tabs; it stays as its owner's private view.
    @discardableResult
    public func unshareSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView {
        try changeView(id: id, action: "unshare", by: actor, at: now) { view, db in
            guard view.isShared else { throw WorkflowError.invalid("“\(view.name)” is not shared") }
            var changed = view
            changed.isShared = false
            try db.execute(sql: "UPDATE saved_views SET shared = 0 WHERE id = ?", arguments: [id])
            try Self.auditView("view.unshared", changed, old: view, actor: actor, at: now, db)
            return changed
        }
    }

    /// How many tickets each view holds for `login`: exact without a filter (the counters),
    /// else counted through the filter index up to `StoreOptions.filteredTotalCap`, as a filtered page is.
    public func savedViewCounts(_ views: [SavedView], login: String, now: Date) throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for view in views { counts[view.id] = try queue(view.query(login: login, limit: 0, now: now)).total }
        return counts
    }

    private func changeView(id: Int64, action: String, by actor: Actor, at now: Date,
                            _ body: (SavedView, Database) throws -> SavedView) throws -> SavedView {
        let view = try read { db in try Self.fetchViews("id = ?", [id], db).first }
        guard let view, view.isVisible(to: actor.login) else { throw WorkflowError.invalid("there is no saved view #\(id) (see: helpdesk view list)") }
        try auditingDenial(actor, at: now, action: "view \(action) \(view.name)") {
            try AccessPolicy.checkChangeView(view, by: actor)
        }
        return try write { db in
            guard let current = try Self.fetchViews("id = ?", [id], db).first else {
                throw WorkflowError.invalid("the view “\(view.name)” was removed in the meantime")
            }
            return try body(current, db)
        }
    }

    static func resolveView(named raw: String, shared: Bool, login: String, _ db: Database) throws -> SavedView {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let own = try shared ? nil : fetchViews("owner = ? AND name = ?", [login, name], db).first
        if let found = try own ?? fetchViews("shared = 1 AND name = ?", [name], db).first { return found }
        let kind = shared ? "shared view" : "saved view"
        throw WorkflowError.invalid("no \(kind) named “\(name)” (see: helpdesk view list)")
    }

    static func fetchViews(_ condition: String, _ arguments: StatementArguments, _ db: Database) throws -> [SavedView] {
        try Row.fetchAll(db, sql: "SELECT * FROM saved_views WHERE \(condition) ORDER BY id", arguments: arguments).map { row in
            SavedView(id: row["id"], owner: row["owner"], name: row["name"], base: try TicketCodec.enumValue(row["base"]),
                      filter: row["filter"], sort: try TicketCodec.enumValue(row["sort"]), isShared: row["shared"],
                      createdAt: Date(epoch: row["created_at"]))
        }
    }

    private static func auditView(_ field: String, _ view: SavedView, old: SavedView?, actor: Actor, at now: Date, _ db: Database) throws {
        func line(_ v: SavedView) -> String { "\(v.name) (\(v.owner), \(v.isShared ? "shared" : "private")): \(v.summary)" }
        try StoreEvents.insert(TicketEvent(ticketID: 0, actor: actor.login, at: now, field: field, oldValue: old.map(line), newValue: line(view)),
                               ticketID: nil, version: nil, db)
    }
}
