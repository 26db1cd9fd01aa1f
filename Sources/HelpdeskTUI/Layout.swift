/// Where everything goes on a screen of a given size; a pure function of the size.
///
/// Row 0 holds the view tabs, the last row the status bar, the one above it the key hints.
/// Between them: the queue, and the detail of the selected ticket, to the right from
/// 160 columns on, else below the queue when the user asks for it (`d`) or works in it;
/// then it takes most of the height and the queue keeps a few rows around the selection.
public struct Layout: Sendable, Equatable {
    /// Where the detail pane sits.
    public enum DetailPlacement: Sendable, Equatable {
        case hidden, right, below
    }

    public static let minimumCols = 80
    public static let minimumRows = 24
    /// From this width the detail pane sits beside the queue and is always shown.
    public static let sideBySideCols = 160

    public var cols: Int
    public var rows: Int
    /// Below 80×24 nothing fits; the console shows a "terminal too small" screen.
    public var isTooSmall: Bool
    public var header: Rect
    /// The queue, its first row being the column headings.
    public var queue: Rect
    public var detail: Rect?
    public var detailPlacement: DetailPlacement
    /// The line between queue and detail: a column (right) or a row (below).
    public var divider: Rect?
    public var hints: Rect
    public var status: Rect
    /// The knowledge-base pane when open (see Layout+KB): a third column or the whole body.
    public var kb: Rect? = nil
    public var kbPlacement: KBPlacement = .hidden
    /// The line between detail and the knowledge-base column.
    public var kbDivider: Rect? = nil

    /// Ticket rows the queue can show under its headings.
    public var queueRowCount: Int { max(0, queue.height - 1) }

    /// The layout for a `cols`×`rows` screen; `showDetail` and `detailFocused` matter only below 160 columns.
    public static func compute(cols: Int, rows: Int, showDetail: Bool = false, detailFocused: Bool = false) -> Layout {
        let screen = Rect(x: 0, y: 0, width: cols, height: rows)
        guard cols >= minimumCols, rows >= minimumRows else {
            return Layout(cols: cols, rows: rows, isTooSmall: true, header: .zero, queue: .zero, detail: nil,
                          detailPlacement: .hidden, divider: nil, hints: .zero, status: screen)
        }
        let header = Rect(x: 0, y: 0, width: cols, height: 1)
        let hints = Rect(x: 0, y: rows - 2, width: cols, height: 1)
        let status = Rect(x: 0, y: rows - 1, width: cols, height: 1)
        let bodyHeight = rows - 3
        var layout = Layout(cols: cols, rows: rows, isTooSmall: false, header: header,
                            queue: Rect(x: 0, y: 1, width: cols, height: bodyHeight), detail: nil,
                            detailPlacement: .hidden, divider: nil, hints: hints, status: status)
        if cols >= sideBySideCols {
            let detailWidth = min(100, max(60, cols * 2 / 5))
            let queueWidth = cols - detailWidth - 1
            layout.queue = Rect(x: 0, y: 1, width: queueWidth, height: bodyHeight)
            layout.divider = Rect(x: queueWidth, y: 1, width: 1, height: bodyHeight)
            layout.detail = Rect(x: queueWidth + 1, y: 1, width: detailWidth, height: bodyHeight)
            layout.detailPlacement = .right
        } else if showDetail || detailFocused {
            let detailHeight = detailFocused ? bodyHeight - 1 - max(5, bodyHeight / 4) : max(8, bodyHeight * 2 / 5)
            let queueHeight = bodyHeight - detailHeight - 1
            layout.queue = Rect(x: 0, y: 1, width: cols, height: queueHeight)
            layout.divider = Rect(x: 0, y: 1 + queueHeight, width: cols, height: 1)
            layout.detail = Rect(x: 0, y: 2 + queueHeight, width: cols, height: detailHeight)
            layout.detailPlacement = .below
        }
        return layout
    }
}
