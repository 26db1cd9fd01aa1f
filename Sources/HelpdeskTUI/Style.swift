/// Emphasis a terminal can show even without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Names as written in theme files, in a stable order.
    static let named: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]
}

/// How one cell is drawn: a semantic role (resolved by the theme) plus extra emphasis.
public struct Style: Sendable, Hashable {
    public var role: ThemeRole
    public var attributes: TextAttributes

    public init(_ role: ThemeRole, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style(.normal)
}
