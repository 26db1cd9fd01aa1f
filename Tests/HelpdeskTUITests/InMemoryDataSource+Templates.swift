import HelpdeskCore

extension InMemoryDataSource {
    func replyTemplates() throws -> [ReplyTemplate] {
        try lock.withLock {
            if let failure { throw failure }
            return replyTemplateList
        }
    }

    /// Puts templates in place, as a lead would with `helpdesk template add`.
    func setTemplates(_ templates: [ReplyTemplate]) {
        lock.withLock { replyTemplateList = templates }
    }
}
