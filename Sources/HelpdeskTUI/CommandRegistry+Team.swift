/// The team board's keys, marking tickets, and notices.
extension CommandRegistry {
    /// Keys of the board itself, listed first in its help and hint bar.
    static var teamBoardCommands: [Command] {
        let board: Set<Pane> = [.board]
        return [
            Command(.boardDown, "Next engineer or ticket in the list", keys: [.char("j"), .down, .wheelDown], panes: board,
                    hint: "Move", hintKeys: "j/k"),
            Command(.boardUp, "Previous engineer or ticket in the list", keys: [.char("k"), .up, .wheelUp], panes: board),
            Command(.boardNextSection, "Next list: team, unassigned, at risk / breached", keys: [.tab, .right], panes: board,
                    hint: "List", hintKeys: "Tab"),
            Command(.boardPreviousSection, "Previous list", keys: [.backTab, .left], panes: board),
            Command(.moveAll, "Move all the engineer's open tickets to others (asks a reason)", keys: [.char("m")], panes: board,
                    hint: "Move all"),
            Command(.boardLeave, "Close the team board", keys: [.escape], panes: board, hint: "Back"),
        ]
    }

    /// Keys that work beyond the board; kept last so the queue's hint bar is unchanged.
    static var teamCommands: [Command] {
        [
            Command(.teamBoard, "Team board: load per engineer, unassigned, at risk (leads and admins)",
                    keys: [.char("B"), .function(4)]),
            Command(.mark, "Mark or unmark the ticket and move down (a reassigns the marked)", keys: [.char(" ")],
                    panes: [.queue, .board]),
            Command(.clearMarks, "Clear all marks", keys: [.char("u")], panes: [.queue, .board]),
            Command(.notices, "Notices: tickets given to you, SLA alerts (marks them read)", keys: [.char("N")]),
        ]
    }
}
