/// A place in a `TextBuffer`: a line, and the index of a character in that line
/// (0 before the first character, the line's count after the last).
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var index: Int

    public init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }

    public static let start = TextPosition(line: 0, index: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.index) < (b.line, b.index)
    }

    public var description: String { "\(line):\(index)" }
}
