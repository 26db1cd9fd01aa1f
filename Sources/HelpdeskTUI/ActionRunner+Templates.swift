import Foundation
import HelpdeskCore

extension ActionRunner {
    /// Reads the templates, the replying engineer's name and the SLA rules, and opens the chooser.
    /// A failure is shown and changes nothing else: the reply stays open as typed, and no reload is needed.
    func openTemplates(for ticketID: Int64, on state: inout ConsoleState) {
        do {
            let templates = try source.replyTemplates()
            let name = try source.engineers().first { $0.login == actor.login }?.name ?? actor.login
            state.showTemplates(templates, ticketID: ticketID, engineer: name, sla: try source.slaConfiguration(), now: now())
        } catch {
            state.message = ConsoleState.Message(tr("Cannot load the reply templates: %@", ConsoleState.describe(error)), kind: .error)
        }
    }
}
