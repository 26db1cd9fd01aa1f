extension CommandRegistry {
    /// Keys of the knowledge-base pane while reading an article. While the search box has the
    /// cursor, typing goes into it instead (see `ConsoleState.updateKBSearch`) and only keys
    /// that cannot be typed (F-keys, Ctrl-P, Ctrl-C) reach these commands and the global ones.
    /// The ticket actions (r reply, R resolve, n note, l log time …) stay global, so a fix read
    /// here can go straight into a reply; these keys keep clear of them.
    static let knowledgeBaseCommands: [Command] = {
        let kb: Set<Pane> = [.kb]
        return [
            Command(.kbScrollDown, "Scroll the article down", keys: [.char("j"), .down, .wheelDown], panes: kb,
                    hint: "Scroll", hintKeys: "j/k"),
            Command(.kbScrollUp, "Scroll the article up", keys: [.char("k"), .up, .wheelUp], panes: kb),
            Command(.kbPageDown, "Article page down", keys: [.pageDown, .char(" "), .ctrl("f")], panes: kb),
            Command(.kbPageUp, "Article page up", keys: [.pageUp, .ctrl("b")], panes: kb),
            Command(.kbTop, "Start of the article", keys: [.char("g"), .home], panes: kb),
            Command(.kbBottom, "End of the article", keys: [.char("G"), .end], panes: kb),
            Command(.kbNextResult, "Next article in the results", keys: [.right, .char("]")], panes: kb, hint: "Article", hintKeys: "[/]"),
            Command(.kbPreviousResult, "Previous article in the results", keys: [.left, .char("[")], panes: kb),
            Command(.kbLink, "Link the article to the selected ticket", keys: [.char("L"), .function(5)], panes: kb, hint: "Link"),
            Command(.kbUnlink, "Unlink the article from the selected ticket", keys: [.char("U")], panes: kb),
            Command(.kbHistory, "Version history: diff each version with the one before", keys: [.char("h")], panes: kb, hint: "History"),
            Command(.kbRestore, "Restore the selected version (history; author, lead or admin)", keys: [.char("u")], panes: kb),
            Command(.kbWriteFromTicket, "Write an article from the selected resolved ticket", keys: [.char("W")], panes: kb),
            Command(.kbSearch, "Back to the search box", keys: [.char("/"), .backspace], panes: kb, hint: "Search",
                    keysLabel: "/, Bksp", hintKeys: "/"),
            Command(.kbLeave, "Leave the knowledge base", keys: [.escape], panes: kb, hint: "Back"),
        ]
    }()
}
