import HelpdeskCore

/// What a flow's dialog shows above its widget: the hint, and the answers a form has so far.
extension ActionFlow {
    /// Rows of a prompt dialog above the widget: the hint, then the form so far and a blank row.
    var contextRows: Int {
        let form = plan.formLines
        return 1 + (form.isEmpty ? 0 : form.count + 1)
    }

    /// Gives an open prompt its size for a `cols`×`rows` screen.
    mutating func fit(cols: Int, rows: Int) {
        guard case var .prompt(prompt) = step else { return }
        prompt.fit(cols: cols, rows: rows, reserved: contextRows)
        step = .prompt(prompt)
    }
}

extension ActionPlan {
    /// The answers given so far, as a form shows them ("Requester  王伟").
    var formLines: [(label: String, value: String)] {
        var lines: [(String, String)] = []
        let a = answers
        switch kind {
        case .newTicket:
            if let title = a.title { lines.append(("Title", title)) }
            if let name = a.requesterName { lines.append(("Requester", name)) }
            if let contact = a.contact { lines.append(("Contact", contact)) }
            if let channel = a.channel { lines.append(("Channel", channel.localizedName)) }
            if let category = a.category { lines.append(("Category", category.localizedName)) }
            if let impact = a.impact { lines.append(("Impact", impact.localizedName)) }
            if let urgency = a.urgency { lines.append(("Urgency", urgency.localizedName)) }
        case .logTime:
            if let minutes = a.minutes { lines.append(("Time", tr("%@ min", minutes))) }
        case .knowledgeBase:
            if let title = a.articleTitle { lines.append(("Title", title)) }
        case .status:
            if let status = a.status, let ticket { lines.append(("Status", "\(ticket.status.localizedName) → \(status.localizedName)")) }
        default:
            break
        }
        // The labels are the interface's words; the values are what was typed, only made safe.
        return lines.map { (label: tr($0.0), value: SafeText.sanitize($0.1)) }

    }
}
