import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

struct KBShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show an article with its Markdown laid out for the terminal, an old version, or a diff of two versions."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Article number."), valueName: "id")) var id: ArticleID
    @Option(help: ArgumentHelp(tr("Show this version instead of the newest."), valueName: "n")) var version: Int?
    @Option(help: ArgumentHelp(tr("Compare two versions, e.g. 1..3."), valueName: "a..b")) var diff: VersionRange?
    @Flag(help: ArgumentHelp(tr("Print the text as stored, without laying out the Markdown."))) var raw = false

    func run() throws {
        let session = try Session.open(options)
        let article = try session.store.article(id: id.value)
        if let diff {
            let old = try session.store.articleVersion(articleID: id.value, version: diff.from)
            let new = try session.store.articleVersion(articleID: id.value, version: diff.to)
            let lines = LineDiff.lines(from: old.comparableText, to: new.comparableText)
            let (added, removed) = LineDiff.summary(lines)
            print(added == 1 ? tr("#%@ v%@ → v%@: 1 line added, %@ removed", article.id, diff.from, diff.to, removed)
                  : tr("#%@ v%@ → v%@: %@ lines added, %@ removed", article.id, diff.from, diff.to, added, removed))
            for line in lines { print(line.marker + SafeText.sanitize(line.text)) }
            return
        }
        var shown = (title: article.title, body: article.body, category: article.category, tags: article.tags,
                     status: article.status, version: article.version, who: article.author, at: article.updatedAt)
        if let version {
            let old = try session.store.articleVersion(articleID: id.value, version: version)
            shown = (old.title, old.body, old.category, old.tags, old.status, old.version, old.editor, old.editedAt)
        }
        let usage = try session.store.articleUsage(articleID: id.value)
        print(tr("#%@  %@  version %@ of %@  used in %@", article.id, tr(shown.status.rawValue, context: "article"), shown.version, article.version, usageText(usage)))
        print(SafeText.sanitize(shown.title))
        var facts = [shown.category.rawValue]
        if !shown.tags.isEmpty { facts.append(shown.tags.map { SafeText.sanitize($0) }.joined(separator: ", ")) }
        facts.append("by \(SafeText.sanitize(article.author)), \(version == nil ? "updated" : "saved by \(SafeText.sanitize(shown.who))") \(stamp(shown.at))")
        print(facts.joined(separator: " · "))
        print("")
        if raw {
            print(SafeText.sanitize(shown.body, .multiLine(tabWidth: 4)))
        } else {
            let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
            for line in MarkdownLines.plain(shown.body, width: max(20, width)) { print(line) }
        }
    }
}

/// "1..3": two version numbers.
struct VersionRange: ExpressibleByArgument {
    let from: Int
    let to: Int

    init?(argument: String) {
        let parts = argument.components(separatedBy: "..")
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]), from > 0, to > 0 else { return nil }
        self.from = from
        self.to = to
    }
}

struct KBHistory: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: tr("List an article's versions: who saved each, when, and what changed."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Article number."), valueName: "id")) var id: ArticleID

    func run() throws {
        let session = try Session.open(options)
        let versions = try session.store.articleVersions(articleID: id.value)
        var previous: KBArticleVersion?
        for version in versions {
            var change = version.note
            if let previous {
                let (added, removed) = LineDiff.summary(LineDiff.lines(from: previous.comparableText, to: version.comparableText))
                change += " (+\(added) −\(removed))"
            }
            print("v\(version.version)  \(stamp(version.editedAt))  \(SafeText.sanitize(version.editor).padded(toColumns: 12))  \(version.status.rawValue.padded(toColumns: 9))  \(change)  \(SafeText.sanitize(version.title))")
            previous = version
        }
    }
}

struct KBRestore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: tr("Make an old version the newest again (saved as a new version; nothing is lost)."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Article number."), valueName: "id")) var id: ArticleID
    @Option(help: ArgumentHelp(tr("The version to bring back."), valueName: "n")) var version: Int

    func run() throws {
        let session = try Session.open(options)
        let before = try session.store.article(id: id.value).version
        let saved = try session.store.restoreArticle(id.value, version: version, by: session.actor, at: Date())
        let usage = try session.store.articleUsage(articleID: saved.id)
        if saved.version == before {
            print(tr("unchanged: #%@ already says what v%@ says", saved.id, version))
        } else {
            print(tr("restored v%@ as %@", version, articleLine(saved, usage: usage)))
        }
    }
}

struct KBLink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: tr("Record that an article helped with a ticket."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Article number."), valueName: "id")) var id: ArticleID
    @Argument(help: ArgumentHelp(tr("Ticket number."), valueName: "ticket")) var ticket: TicketID

    func run() throws {
        let session = try Session.open(options)
        let isNew = try session.store.linkArticle(id.value, toTicket: ticket.value, by: session.actor, at: Date())
        let usage = try session.store.articleUsage(articleID: id.value)
        print(isNew ? "linked #\(id.value) to ticket #\(ticket.value); used in \(usageText(usage))"
                    : "#\(id.value) was already linked to ticket #\(ticket.value)")
    }
}

struct KBUnlink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: tr("Remove the link between an article and a ticket."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Article number."), valueName: "id")) var id: ArticleID
    @Argument(help: ArgumentHelp(tr("Ticket number."), valueName: "ticket")) var ticket: TicketID

    func run() throws {
        let session = try Session.open(options)
        guard try session.store.unlinkArticle(id.value, fromTicket: ticket.value, by: session.actor, at: Date()) else {
            throw CLIError(tr("article #%@ is not linked to ticket #%@", id.value, ticket.value))
        }
        let usage = usageText(try session.store.articleUsage(articleID: id.value))
        print(tr("unlinked #%@ from ticket #%@; used in %@", id.value, ticket.value, usage))
    }
}
