import HelpdeskCore

/// An in-memory screen: the back buffer the console draws into, whatever the real terminal is.
///
/// Writing keeps wide characters whole: a two-column character takes a cell plus a
/// continuation cell, never straddles the right edge, and overwriting either half blanks
/// the other. Control characters are made visible on the way in, so nothing written here
/// can reach a terminal as an escape sequence.
public struct CellGrid: Sendable, Equatable {
    public private(set) var size: TerminalSize
    private var cells: [Cell]

    /// A blank grid.
    public init(size: TerminalSize) {
        self.size = size
        cells = Array(repeating: .blank, count: size.rows * size.cols)
    }

    /// The cell at a position; nil outside the grid.
    public func cell(y: Int, x: Int) -> Cell? {
        guard contains(y: y, x: x) else { return nil }
        return cells[y * size.cols + x]
    }

    /// Blanks every cell with `style` (its background shows through empty space).
    public mutating func clear(style: Style = .normal) {
        cells = Array(repeating: Cell(" ", style: style), count: size.rows * size.cols)
    }

    /// Changes the size; the content is dropped because every frame is redrawn from state.
    public mutating func resize(to newSize: TerminalSize) {
        size = newSize
        cells = Array(repeating: .blank, count: newSize.rows * newSize.cols)
    }

    /// Writes `text` from (y, x) on one line, clipped at the right edge or after `maxColumns`.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, y: Int, x: Int, style: Style, maxColumns: Int? = nil) -> Int {
        guard y >= 0, y < size.rows, x >= 0, x < size.cols else { return 0 }
        let limit = min(size.cols, x + (maxColumns ?? size.cols))
        var column = x
        for character in text {
            for safe in Self.safeCharacters(character) {
                let width = DisplayWidth.width(of: safe)
                if width == 0 { continue }
                if column + width > limit {
                    // A wide character that does not fit leaves a blank, not half a glyph.
                    if column < limit { set(Cell(" ", style: style), y: y, x: column) }
                    return (column < limit ? column + 1 : column) - x
                }
                set(Cell(safe, style: style), y: y, x: column)
                if width == 2 {
                    set(Cell(" ", style: style, isContinuation: true), y: y, x: column + 1)
                }
                column += width
            }
        }
        return column - x
    }

    /// Writes one cell; a wide character needs its continuation written by `put`.
    public mutating func put(_ cell: Cell, y: Int, x: Int) {
        guard contains(y: y, x: x) else { return }
        if DisplayWidth.width(of: cell.character) == 2 && !cell.isContinuation {
            put(String(cell.character), y: y, x: x, style: cell.style)
        } else {
            let safe = Self.safeCharacters(cell.character).first ?? " "
            set(Cell(DisplayWidth.width(of: safe) == 1 ? safe : " ", style: cell.style), y: y, x: x)
        }
    }

    /// Paints `width` blank cells in `style` from (y, x).
    public mutating func fill(y: Int, x: Int, width: Int, style: Style) {
        guard width > 0 else { return }
        for column in max(0, x)..<min(size.cols, x + width) { set(Cell(" ", style: style), y: y, x: column) }
    }

    /// Changes the style of cells already written, keeping their characters.
    public mutating func restyle(y: Int, x: Int, width: Int, style: Style) {
        guard y >= 0, y < size.rows, width > 0 else { return }
        for column in max(0, x)..<min(size.cols, x + width) { cells[y * size.cols + column].style = style }
    }

    /// The screen as text, one string per row; continuation cells add nothing.
    public func text(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<size.rows).map { y in
            var line = ""
            for x in 0..<size.cols {
                let cell = cells[y * size.cols + x]
                if !cell.isContinuation { line.append(cell.character) }
            }
            guard trimmingTrailingSpaces else { return line }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private func contains(y: Int, x: Int) -> Bool {
        y >= 0 && y < size.rows && x >= 0 && x < size.cols
    }

    /// Stores a cell, blanking the other half of any wide character it cuts through.
    private mutating func set(_ cell: Cell, y: Int, x: Int) {
        guard contains(y: y, x: x) else { return }
        let index = y * size.cols + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !old.isContinuation, old.width == 2, x + 1 < size.cols, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The characters to draw for one input character: itself, or its visible stand-ins.
    private static func safeCharacters(_ character: Character) -> [Character] {
        let plain = SafeText.isPlain(String(character))
        return plain ? [character] : Array(SafeText.sanitize(String(character)))
    }
}
