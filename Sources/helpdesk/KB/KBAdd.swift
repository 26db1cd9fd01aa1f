import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct KBAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: tr("Write an article; the text comes from --body-file or standard input, or from a solved ticket."),
        discussion: tr("With --from-ticket, the title and text are taken from the resolved or closed ticket (its problem, then its resolution), and the article is linked to it; other options override."))
    @OptionGroup var options: GlobalOptions
    @OptionGroup var fields: KBArticleOptions
    @Option(name: .customLong("from-ticket"), help: ArgumentHelp(tr("Write the article from this resolved ticket."), valueName: "id"))
    var fromTicket: TicketID?

    func run() throws {
        let session = try Session.open(options)
        let now = Date()
        var title = fields.title, body = try fields.body(readStandardInput: fromTicket == nil)
        var category = fields.category, tags = fields.tagList
        if let fromTicket {
            let ticket = try session.store.ticket(id: fromTicket.value)
            try ArticleTemplate.checkSolved(ticket)
            title = title ?? ticket.title
            body = body ?? ArticleTemplate.body(for: ticket)
            category = category ?? ticket.category
            tags = tags ?? ticket.tags
        }
        guard let title else { throw ValidationError("give the article a --title") }
        guard let body else { throw ValidationError("give the text with --body-file PATH (\"-\" reads standard input), or write from a ticket with --from-ticket ID") }
        let id = try session.store.addArticle(title: title, body: body, category: category ?? .other, tags: tags ?? [],
                                              author: session.me.login, at: now, status: fields.status ?? .published)
        if let fromTicket { try session.store.linkArticle(id, toTicket: fromTicket.value, by: session.actor, at: now) }
        let article = try session.store.article(id: id)
        print("added " + articleLine(article, usage: try session.store.articleUsage(articleID: id)))
    }
}

struct KBEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: tr("Change an article; the change is saved as its next version (its author, a lead or an admin)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Article number."), valueName: "id")) var id: ArticleID
    @OptionGroup var fields: KBArticleOptions
    @Option(name: .customLong("expect-version"), help: ArgumentHelp(tr("Refuse the edit if the article is no longer at this version."), valueName: "n"))
    var expectedVersion: Int?

    func run() throws {
        let session = try Session.open(options)
        var article = try session.store.article(id: id.value)
        let before = article.version
        if let title = fields.title { article.title = title }
        if let category = fields.category { article.category = category }
        if let tags = fields.tagList { article.tags = tags }
        if let status = fields.status { article.status = status }
        if let body = try fields.body(readStandardInput: false) { article.body = body }
        let saved = try session.store.updateArticle(article, by: session.actor, at: Date(), expectedVersion: expectedVersion)
        let usage = try session.store.articleUsage(articleID: saved.id)
        print((saved.version == before ? "unchanged " : "saved ") + articleLine(saved, usage: usage))
    }
}
