/// A theme that could not be loaded, with the file and line to fix.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path of the theme file, or "built-in <name>".
    public var source: String
    /// 1-based line number, when one line is at fault.
    public var line: Int?
    public var message: String

    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}
