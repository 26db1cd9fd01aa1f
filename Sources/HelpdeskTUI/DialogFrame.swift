import HelpdeskCore

/// A bordered box centred over the screen, its title on the top edge and key hints on the
/// bottom edge ("Ctrl-S/F2 save · Esc cancel"), for a `TextField` or `TextEditor` inside.
///
/// Lay it out with `place` when the screen size changes (and give the widget the content size
/// as its `viewport` or `width`), then draw it each frame before the widget.
public struct DialogFrame: Sendable, Equatable {
    /// Where the box and the widget inside it go.
    public struct Placement: Sendable, Equatable {
        /// The whole box, border included.
        public var box: Rect
        /// Inside the border and a column of padding on each side: the widget's rect.
        public var content: Rect

        /// The content's size: what to give a `TextEditor` as its `viewport`.
        public var contentSize: TerminalSize { TerminalSize(rows: content.height, cols: content.width) }
    }

    /// Shown on the top edge ("添加备注 #1042").
    public var title: String
    /// Shown, muted, on the bottom edge: the keys that matter.
    public var footer: String

    /// A frame titled `title` with `footer` on its bottom edge (`TextEditor.keyHints`, `TextField.keyHints`).
    public init(title: String, footer: String) {
        self.title = title
        self.footer = footer
    }

    /// The box for content of `size`, centred in `area` and shrunk to fit inside it.
    public func place(content size: TerminalSize, in area: Rect) -> Placement {
        let width = min(area.width, size.cols + 4)
        let height = min(area.height, size.rows + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        return Placement(box: box, content: Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2))
    }

    /// Blanks the box and draws its border, title and footer.
    public func render(_ placement: Placement, on terminal: any Terminal) {
        let box = placement.box
        guard box.width >= 2, box.height >= 2 else { return }
        let border = Style(.border)
        let inner = box.width - 2
        for y in box.y..<box.maxY { terminal.fill(y: y, x: box.x, width: box.width, style: .normal) }
        terminal.put("┌" + String(repeating: "─", count: inner) + "┐", y: box.y, x: box.x, style: border)
        terminal.put("└" + String(repeating: "─", count: inner) + "┘", y: box.maxY - 1, x: box.x, style: border)
        for y in (box.y + 1)..<(box.maxY - 1) {
            terminal.put("│", y: y, x: box.x, style: border)
            terminal.put("│", y: y, x: box.maxX - 1, style: border)
        }
        label(title, y: box.y, in: box, style: Style(.border, .bold), on: terminal)
        label(footer, y: box.maxY - 1, in: box, style: Style(.muted), on: terminal)
    }

    /// Places and draws the frame, then the content through `content`, whose cursor it returns.
    public func render(content size: TerminalSize, in area: Rect, on terminal: any Terminal,
                       content: (Rect) -> CursorPosition?) -> CursorPosition? {
        let placement = place(content: size, in: area)
        render(placement, on: terminal)
        return content(placement.content)
    }

    /// " text " on an edge, from the third column, cut with "…" when the box is too narrow.
    private func label(_ text: String, y: Int, in box: Rect, style: Style, on terminal: any Terminal) {
        let room = box.width - 4
        guard room >= 3, !text.isEmpty else { return }
        let shown = " " + SafeText.sanitize(text).truncated(toColumns: room - 2) + " "
        terminal.put(shown, y: y, x: box.x + 2, style: style, maxColumns: room)
    }
}
