/// A screen cell where the terminal's own cursor is shown, so input methods place their
/// candidate window beside the text being typed.
public struct CursorPosition: Sendable, Equatable {
    public var y: Int
    public var x: Int

    public init(y: Int, x: Int) {
        self.y = y
        self.x = x
    }
}
