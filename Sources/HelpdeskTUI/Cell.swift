import HelpdeskCore

/// One screen cell. A wide character fills its own cell and marks the next as its continuation.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var style: Style
    /// True for the right half of a two-column character; it draws nothing itself.
    public var isContinuation: Bool

    public init(_ character: Character, style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(" ")

    /// Columns the cell's character takes (0 for a continuation).
    public var width: Int { isContinuation ? 0 : max(1, DisplayWidth.width(of: character)) }
}
