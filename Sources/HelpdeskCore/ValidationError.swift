/// Input that breaks a rule, with a message a support engineer understands.
public struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
