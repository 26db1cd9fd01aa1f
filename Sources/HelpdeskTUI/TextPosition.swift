/// A place in a `TextBuffer`: a line, and the index of a character in that line
/// (0 before the first character, the line's count after the last).
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, from 0.
    public var line: Int
    /// Characters before the position on its line.
    public var index: Int

    /// A position; buffers clamp positions given to them into their text.
    public init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }

    /// Before the first character.
    public static let start = TextPosition(line: 0, index: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.index) < (b.line, b.index)
    }

    public var description: String { "\(line):\(index)" }
}
