import Foundation
import HelpdeskCore

/// The console's store calls for saved views: the tabs and their counts, saving and removing.
final class SavedViewRunner {
    private let source: any ConsoleDataSource
    private let actor: Actor
    private let now: () -> Date

    init(source: any ConsoleDataSource, actor: Actor, now: @escaping () -> Date) {
        self.source = source
        self.actor = actor
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
                let text = (error as? WorkflowError)?.message ?? "\(error)"
                state.message = ConsoleState.Message("Cannot \(request.verb) the view: \(text)", kind: .error)
            }
        }
        if wrote { reload(&state) }
        return wrote
    }

    /// Loads the tabs and their counts: on start, with the tab counts, and after a change.
    func reload(_ state: inout ConsoleState) {
        do {
            let views = try source.savedViews(visibleTo: actor.login)
            let counts = try source.savedViewCounts(views, login: actor.login, now: now())
            state.savedViewsLoaded(views, counts: counts)
        } catch {
            state.message = ConsoleState.Message("Cannot load the saved views: \(error)", kind: .error)
        }
    }
}

extension SavedViewRequest {
    var verb: String {
        switch self {
        case .save: "save"
        case .remove: "delete"
        case .unshare: "unshare"
        }
    }
}
