import Foundation
import HelpdeskCore

/// The console's store calls for saved views: the tabs and their counts, saving and removing.
final class SavedViewRunner {
    private let source: any ConsoleDataSource
    private let actor: Actor
    private let now: () -> Date
    /// Counts are recounted at most this often; the list itself is reloaded every time.
    private let countInterval: TimeInterval
    private var countedAt: Date = .distantPast

    /// A runner for `actor`; tab counts are refreshed at most every `countInterval` seconds,
    /// or at once when the list of views changes.
    init(source: any ConsoleDataSource, actor: Actor, countInterval: TimeInterval, now: @escaping () -> Date) {
        self.source = source
        self.actor = actor
        self.countInterval = countInterval
        self.now = now
    }

    /// Runs the saved-view requests among `effects`; true when one wrote to the database.
    func run(_ effects: [ConsoleEffect], on state: inout ConsoleState) -> Bool {
        var wrote = false
        for case let .savedView(request) in effects {
            do {
                switch request {
                case let .save(draft, replacing):
                    state.savedViewSaved(try source.saveView(draft, replacing: replacing, by: actor, at: now()))
                case let .remove(view):
                    state.savedViewChanged(try source.removeSavedView(id: view.id, by: actor, at: now()), removed: true)
                case let .unshare(view):
                    state.savedViewChanged(try source.unshareSavedView(id: view.id, by: actor, at: now()), removed: false)
                }
                wrote = true
            } catch {
                state.message = ConsoleState.Message(request.failure(ConsoleState.describe(error)), kind: .error)
            }
        }
        if wrote { reload(&state, force: true) }
        return wrote
    }

    /// Loads the tabs with the built-in counts: on start, on every change in the database and
    /// on the count interval. Each count is a filtered count, so on a busy desk, where the data
    /// changes every few seconds, they are recounted only on the interval, after a save or removal
    /// here (`force`), or when the views change.
    func reload(_ state: inout ConsoleState, force: Bool = false) {
        do {
            let views = try source.savedViews(visibleTo: actor.login)
            let time = now()
            var counts = state.saved.counts
            if force || views != state.saved.views || time.timeIntervalSince(countedAt) >= countInterval {
                counts = try source.savedViewCounts(views, login: actor.login, now: time)
                countedAt = time
            }
            state.savedViewsLoaded(views, counts: counts)
        } catch {
            state.message = ConsoleState.Message(tr("Cannot load the saved views: %@", ConsoleState.describe(error)), kind: .error)
        }
    }
}

extension SavedViewRequest {
    /// "Cannot save the view: …" in the interface language.
    func failure(_ why: String) -> String {
        switch self {
        case .save: tr("Cannot save the view: %@", why)
        case .remove: tr("Cannot delete the view: %@", why)
        case .unshare: tr("Cannot unshare the view: %@", why)
        }
    }
}
