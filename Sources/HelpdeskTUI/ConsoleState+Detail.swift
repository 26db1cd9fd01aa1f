import HelpdeskCore

/// The detail pane: focusing it, scrolling it, and taking a freshly loaded ticket.
extension ConsoleState {
    /// Columns of text in the detail pane (its width less a margin each side); 0 while it is hidden.
    public var detailTextWidth: Int { max(0, (layout.detail?.width ?? 0) - 2) }

    /// The first detail line that can be scrolled to: the last screenful ends on the last line.
    var maxDetailScroll: Int {
        max(0, (detail?.lines.count ?? 0) - (layout.detail?.height ?? 0))
    }

    /// Takes the selected ticket's detail. The scroll position stays on a reload of the same
    /// ticket (someone added a note) and goes back to the top for another ticket.
    public mutating func setDetail(_ newDetail: TicketDetail?) {
        if newDetail?.ticket.id != detail?.ticket.id { detailScroll = 0 }
        let width = detailTextWidth
        detail = newDetail
        detail?.layOut(width: width)
        detailScroll = min(detailScroll, maxDetailScroll)
    }

    /// Re-wraps the detail and re-sizes an open prompt after the screen or the panes changed.
    mutating func layOutTicketViews() {
        let width = detailTextWidth
        detail?.layOut(width: width)
        detailScroll = min(detailScroll, maxDetailScroll)
        flow?.fit(cols: layout.cols, rows: layout.rows)
    }

    /// Moves the keyboard to the detail pane, showing it below the queue when the screen is narrow.
    mutating func focusDetail() -> [ConsoleEffect] {
        guard focus != .detail else { return [] }
        guard selectedID != nil else {
            message = Message(tr("No ticket selected"), kind: .error)

            return []
        }
        focus = .detail
        relayout()
        return [.reloadPage]
    }

    /// Back to the queue; a detail shown only while focused makes room for the queue again.
    mutating func focusQueue() -> [ConsoleEffect] {
        guard focus != .queue else { return [] }
        focus = .queue
        relayout()
        return [.reloadPage]
    }

    /// Scrolls the detail by `lines` (negative: up), stopping at either end.
    mutating func scrollDetail(by lines: Int) {
        detailScroll = min(max(0, detailScroll + lines), maxDetailScroll)
    }

    /// Applies a detail scroll command.
    mutating func scroll(_ id: CommandID) {
        switch id {
        case .scrollDown: scrollDetail(by: 1)
        case .scrollUp: scrollDetail(by: -1)
        case .scrollPageDown: scrollDetail(by: detailPage)
        case .scrollPageUp: scrollDetail(by: -detailPage)
        case .scrollTop: detailScroll = 0
        case .scrollBottom: detailScroll = maxDetailScroll
        default: break
        }
    }

    /// A screenful of the detail less one line, so the reader keeps their place.
    var detailPage: Int { max(1, (layout.detail?.height ?? 1) - 1) }
}
