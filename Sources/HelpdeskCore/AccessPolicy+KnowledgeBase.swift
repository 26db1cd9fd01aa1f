extension AccessPolicy {
    /// True when `actor` may edit or restore an article written by `author`: its author, or a lead or admin.
    public static func canEditArticle(author: String, by actor: Actor) -> Bool {
        actor.role != .agent || actor.login == author
    }

    /// Refuses an edit or restore of someone else's article by an agent.
    public static func checkEditArticle(_ articleID: Int64, author: String, by actor: Actor) throws {
        guard canEditArticle(author: author, by: actor) else {
            throw WorkflowError.denied("article #\(articleID) was written by \(author); only its author, a lead or an admin can change it")
        }
    }
}
