extension CommandRegistry {
    /// The reports pane's keys, and the two global ones that open it and record a survey.
    /// Period keys keep clear of the ticket actions (c, m…), which stay global elsewhere.
    static let reportCommands: [Command] = {
        let pane: Set<Pane> = [.reports]
        return [
            Command(.reports, "Reports: tickets, SLA, backlog, satisfaction, hours", keys: [.char("P"), .function(6)]),
            Command(.survey, "Satisfaction survey of a resolved ticket (1–5)", keys: [.char("*")]),
            Command(.reportsWeek, "Report on this week", keys: [.char("w")], panes: pane, hint: "Week"),
            Command(.reportsMonth, "Report on this month", keys: [.char("m")], panes: pane, hint: "Month"),
            Command(.reportsLast30, "Report on the last 30 days", keys: [.char("D")], panes: pane, hint: "30 days"),
            Command(.reportsCustom, "Report on a period you type", keys: [.char("C")], panes: pane, hint: "Custom"),
            Command(.reportsScrollDown, "Scroll the report down", keys: [.char("j"), .down, .wheelDown], panes: pane, hint: "Scroll", hintKeys: "j/k"),
            Command(.reportsScrollUp, "Scroll the report up", keys: [.char("k"), .up, .wheelUp], panes: pane),
            Command(.reportsPageDown, "Report page down", keys: [.pageDown, .char(" "), .ctrl("f")], panes: pane),
            Command(.reportsPageUp, "Report page up", keys: [.pageUp, .ctrl("b")], panes: pane),
            Command(.reportsClose, "Close the reports", keys: [.escape], panes: pane, hint: "Back"),
        ]
    }()
}
