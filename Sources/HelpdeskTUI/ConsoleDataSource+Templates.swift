import HelpdeskCore

/// A source without reply templates offers none; the store keeps the team's.
extension ConsoleDataSource {
    public func replyTemplates() throws -> [ReplyTemplate] { [] }
}
