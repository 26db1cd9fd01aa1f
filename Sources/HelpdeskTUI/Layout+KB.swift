extension Layout {
    /// How the knowledge-base pane shares the screen.
    public enum KBPlacement: Sendable, Equatable {
        case hidden
        /// A third column beside queue and detail.
        case column
        /// Over the whole body; the queue keeps its geometry underneath, so closing needs no reload.
        case full
    }

    /// From this width the knowledge base is a third column rather than covering queue and detail.
    public static let kbColumnCols = 200

    /// The layout with the knowledge base open (`showKB`) or not.
    public static func compute(cols: Int, rows: Int, showDetail: Bool, detailFocused: Bool = false, showKB: Bool) -> Layout {
        var layout = compute(cols: cols, rows: rows, showDetail: showDetail, detailFocused: detailFocused)
        guard showKB, !layout.isTooSmall else { return layout }
        let bodyHeight = rows - 3
        guard cols >= kbColumnCols else {
            layout.kb = Rect(x: 0, y: 1, width: cols, height: bodyHeight)
            layout.kbPlacement = .full
            return layout
        }
        let kbWidth = min(90, max(60, cols * 3 / 10))
        let detailWidth = min(100, max(60, cols * 3 / 10))
        let queueWidth = cols - kbWidth - detailWidth - 2
        layout.queue = Rect(x: 0, y: 1, width: queueWidth, height: bodyHeight)
        layout.divider = Rect(x: queueWidth, y: 1, width: 1, height: bodyHeight)
        layout.detail = Rect(x: queueWidth + 1, y: 1, width: detailWidth, height: bodyHeight)
        layout.detailPlacement = .right
        layout.kbDivider = Rect(x: queueWidth + 1 + detailWidth, y: 1, width: 1, height: bodyHeight)
        layout.kb = Rect(x: queueWidth + detailWidth + 2, y: 1, width: kbWidth, height: bodyHeight)
        layout.kbPlacement = .column
        return layout
    }

    /// The knowledge-base pane's own parts, when it is open.
    public var kbPane: KBPaneLayout? { kb.map(KBPaneLayout.compute) }
}
