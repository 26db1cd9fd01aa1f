import Foundation
import HelpdeskCore

/// The console's store calls for the handover screen: the history, saving a note with its
/// snapshot, acknowledging, and the handover waiting for this user when the console opens.
final class HandoverRunner {
    private let source: any ConsoleDataSource
    private let actor: Actor
    private let timeZone: TimeZone
    private let now: () -> Date
    /// The waiting handover already shown or announced, so each one is announced once.
    private var announced: Int64?

    init(source: any ConsoleDataSource, actor: Actor, timeZone: TimeZone, now: @escaping () -> Date) {
        self.source = source
        self.actor = actor
        self.timeZone = timeZone
        self.now = now
    }

    /// Runs the handover requests among `effects`; true when one wrote to the database.
    func run(_ effects: [ConsoleEffect], on state: inout ConsoleState) -> Bool {
        var wrote = false
        for case let .handover(request) in effects {
            do {
                switch request {
                case let .load(search):
                    state.handoversLoaded(try load(search))
                case let .save(note):
                    state.handoverSaved(try source.saveHandover(note: note, shiftLabel: "", since: nil, by: actor, at: now(), timeZone: timeZone))
                    wrote = true
                    state.handoversLoaded(try load(state.handover?.search ?? ""))
                case let .acknowledge(id, reply):
                    state.handoverAcknowledged(try source.acknowledgeHandover(id: id, reply: reply, by: actor, at: now()))
                    wrote = true
                }
            } catch {
                state.handoverRefused(request, error)
            }
        }
        return wrote
    }

    /// A lead or admin opening the console sees the handover waiting for them first.
    func showPending(_ state: inout ConsoleState) {
        do {
            if let pending = try source.pendingHandover(for: actor) {
                announced = pending.id
                state.showPendingHandover(pending)
            }
        } catch {
            state.handoverRefused(.load(search: ""), error)
        }
    }

    /// A handover saved while this console is open is announced in the status bar, once, rather than
    /// thrown over whatever the lead is doing; `H` opens it.
    func announceNew(_ state: inout ConsoleState) {
        guard AccessPolicy.allows(actor.role, .acknowledgeHandover),
              let pending = try? source.pendingHandover(for: actor), pending.id != announced else { return }
        announced = pending.id
        state.message = ConsoleState.Message(tr("Handover #%@ from %@ is waiting for you: H to read and acknowledge it", pending.id, SafeText.sanitize(pending.author)))

    }

    /// Someone else saved or acknowledged a handover: the history on screen follows.
    func refresh(_ state: inout ConsoleState) {
        guard let screen = state.handover, screen.page == .list else { return }
        do {
            state.handoversLoaded(try load(screen.search))
        } catch {
            state.handoverRefused(.load(search: screen.search), error)
        }
    }

    private func load(_ search: String) throws -> [Handover] {
        try source.handovers(search: search, unacknowledgedOnly: false, limit: HandoverScreen.listLimit)
    }
}
