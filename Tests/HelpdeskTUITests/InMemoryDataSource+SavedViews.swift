import Foundation
import HelpdeskCore
import HelpdeskTUI

/// Saved views kept in memory by the same rules as the store's (names, sharing, who removes).
final class InMemorySavedViews: @unchecked Sendable {
    let lock = NSLock()
    var views: [SavedView] = []
    var nextID: Int64 = 1
    /// Every `savedViewCounts` call, to check counts follow the count refresh and not every key.
    var countCalls = 0
}

extension InMemoryDataSource {
    func savedViews(visibleTo login: String) throws -> [SavedView] {
        savedViewBook.lock.withLock { savedViewBook.views.filter { $0.isVisible(to: login) } }
    }

    func savedViewCounts(_ views: [SavedView], login: String, now: Date) throws -> [Int64: Int] {
        savedViewBook.lock.withLock { savedViewBook.countCalls += 1 }
        var counts: [Int64: Int] = [:]
        for view in views { counts[view.id] = try queue(view.query(login: login, limit: 0, now: now)).total }
        return counts
    }

    func saveView(_ draft: NewSavedView, replacing: Bool, by actor: Actor, at now: Date) throws -> SavedView {
        let view = try SavedViewRules.checked(draft)
        try AccessPolicy.checkSaveView(view, by: actor)
        return try savedViewBook.lock.withLock {
            let book = savedViewBook
            let existing = book.views.firstIndex { $0.owner == actor.login && $0.name == view.name }
            if existing != nil, !replacing { throw WorkflowError.invalid("you already have a view named “\(view.name)”") }
            let saved = SavedView(id: existing.map { book.views[$0].id } ?? book.nextID, owner: actor.login, name: view.name,
                                  base: view.base, filter: view.filter, sort: view.sort, isShared: view.isShared, createdAt: now)
            if let existing { book.views[existing] = saved } else {
                book.views.append(saved)
                book.nextID += 1
            }
            return saved
        }
    }

    func removeSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView {
        try changeSavedView(id: id, by: actor) { $0.views.remove(at: $1) }
    }

    func unshareSavedView(id: Int64, by actor: Actor, at now: Date) throws -> SavedView {
        try changeSavedView(id: id, by: actor) { book, index in
            book.views[index].isShared = false
            return book.views[index]
        }
    }

    private func changeSavedView(id: Int64, by actor: Actor, _ change: (InMemorySavedViews, Int) -> SavedView) throws -> SavedView {
        try savedViewBook.lock.withLock {
            guard let index = savedViewBook.views.firstIndex(where: { $0.id == id }) else { throw WorkflowError.invalid("no saved view #\(id)") }
            try AccessPolicy.checkChangeView(savedViewBook.views[index], by: actor)
            return change(savedViewBook, index)
        }
    }
}
