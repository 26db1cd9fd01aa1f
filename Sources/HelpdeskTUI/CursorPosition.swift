/// A screen cell where the terminal's own cursor is shown, so input methods place their
/// candidate window beside the text being typed.
public struct CursorPosition: Sendable, Equatable {
    /// The screen row, from 0.
    public var y: Int
    /// The screen column, from 0.
    public var x: Int

    /// The cell at row `y`, column `x`.
    public init(y: Int, x: Int) {
        self.y = y
        self.x = x
    }
}
