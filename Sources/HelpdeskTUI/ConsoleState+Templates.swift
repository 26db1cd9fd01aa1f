import Foundation
import HelpdeskCore

/// Reply templates over the reply editor: Ctrl-T asks for them, the chooser takes every key
/// while open, Enter inserts the rendered reply at the cursor, Esc leaves the reply as it was.
extension ConsoleState {
    /// Keys for the templates while a prompt that offers them is open; nil leaves the key to the prompt.
    mutating func updateTemplates(with key: Key) -> [ConsoleEffect]? {
        guard var current = flow, case var .prompt(prompt) = current.step, prompt.offersTemplates else { return nil }
        guard var chooser = current.templates else {
            // While the editor asks "discard typed text?", every key is its answer.
            guard key == .ctrl("t"), case let .block(editor) = prompt.input, !editor.isConfirmingDiscard else { return nil }
            guard let ticket = current.ticket else { return nil }
            return [.replyTemplates(ticketID: ticket.id)]
        }
        switch chooser.handle(key, page: TemplateChooser.frame(in: layout).list.height) {
        case .pending:
            current.templates = chooser
        case .cancelled:
            current.templates = nil
        case let .insert(choice):
            prompt.insert(choice.text)
            current.step = .prompt(prompt)
            current.templates = nil
            message = Message(tr("Inserted template “%@”", SafeText.sanitize(choice.template.title)))
        }
        flow = current
        return []
    }

    /// Opens the chooser over the reply to `ticketID` with `templates` rendered for it; a flow
    /// that has moved on since Ctrl-T is left alone.
    mutating func showTemplates(_ templates: [ReplyTemplate], ticketID: Int64, engineer: String, sla: SLAConfiguration, now: Date) {
        guard var current = flow, let ticket = current.ticket, ticket.id == ticketID,
              case let .prompt(prompt) = current.step, prompt.offersTemplates else { return }
        guard !templates.isEmpty else {
            message = Message(tr("No reply templates yet; a lead adds them with: helpdesk template add --title T --body-file F"))
            return
        }
        let (due, zone) = ReplyTemplate.resolutionDue(of: ticket, sla: sla)
        current.templates = TemplateChooser(choices: templates.map {
            TemplateChooser.Choice(template: $0, text: $0.render(for: ticket, engineer: engineer, due: due, now: now, timeZone: zone))
        })
        flow = current
    }
}
