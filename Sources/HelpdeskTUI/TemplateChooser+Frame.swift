import HelpdeskCore

/// Where the template chooser sits: a box over the reply dialog with the query, the list, and a
/// preview of the highlighted reply as it will be inserted.
extension TemplateChooser {
    /// The box and its parts.
    public struct Frame: Sendable, Equatable {
        public var box: Rect
        /// The row where the query is typed.
        public var inputY: Int
        /// The entry rows.
        public var list: Rect
        /// The highlighted template's text, placeholders filled.
        public var preview: Rect
        /// The row with the chooser's own key hints.
        public var footerY: Int
    }

    /// The keys the chooser's footer shows.
    public static var keyHints: String { tr("type to search · ↑↓ choose · Enter insert · Esc back to the reply") }
    /// The reply editor's footer when templates are on offer.
    public static var editorKeyHints: String { tr("Ctrl-S/F2 send · Ctrl-T templates · Esc cancel") }

    /// Near the top, centred, up to 84 columns wide and 24 rows high; the list takes up to 8 rows.
    public static func frame(in layout: Layout) -> Frame {
        let width = max(0, min(layout.cols - 4, 84))
        let height = max(0, min(layout.rows - 2, 24))
        let box = Rect(x: (layout.cols - width) / 2, y: 1, width: width, height: height)
        let listRows = min(8, max(3, (height - 8) / 2))
        let list = Rect(x: box.x + 2, y: box.y + 3, width: width - 4, height: listRows)
        let footerY = box.maxY - 2
        let preview = Rect(x: box.x + 2, y: list.maxY + 1, width: width - 4, height: max(0, footerY - list.maxY - 1))
        return Frame(box: box, inputY: box.y + 1, list: list, preview: preview, footerY: footerY)
    }

    /// The first entry shown, so the cursor stays in view in a list of `visible` rows.
    public func top(visible: Int) -> Int {
        visible > 0 ? max(0, cursor - visible + 1) : 0
    }
}
