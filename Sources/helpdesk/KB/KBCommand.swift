import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: tr("Knowledge base: write, search, version, link, export and import articles."),
        subcommands: [KBAdd.self, KBEdit.self, KBSearchCommand.self, KBShow.self, KBHistory.self, KBRestore.self,
                      KBLink.self, KBUnlink.self, KBExport.self, KBImport.self]
    )
}

extension KBArticleStatus: ExpressibleByArgument {}

/// An article number, written "12" or "#12".
struct ArticleID: ExpressibleByArgument {
    let value: Int64

    init?(argument: String) {
        guard let ticket = TicketID(argument: argument) else { return nil }
        value = ticket.value
    }
}

/// The fields `kb add` and `kb edit` take; each one left out keeps its value (or the default).
struct KBArticleOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The article's title."))) var title: String?
    @Option(help: ArgumentHelp(tr("hardware, software, network, account, security or other."), valueName: "category"))
    var category: HelpdeskCore.Category?
    @Option(help: ArgumentHelp(tr("Comma-separated tags (\"printer,打印机\")."), valueName: "tags")) var tags: String?
    @Option(help: ArgumentHelp(tr("draft, published or archived."), valueName: "status")) var status: KBArticleStatus?
    @Option(name: .customLong("body-file"), help: ArgumentHelp(tr("Read the text (Markdown or plain) from this file; \"-\" is standard input."), valueName: "path"))
    var bodyFile: String?

    var tagList: [String]? {
        tags.map { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// The text from --body-file, else from standard input when it is not a terminal and `readStandardInput`.
    func body(readStandardInput: Bool) throws -> String? {
        if let bodyFile {
            if bodyFile == "-" { return try textArgument("-") }
            guard let data = FileManager.default.contents(atPath: bodyFile) else { throw CLIError(tr("cannot read %@", bodyFile)) }
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError(tr("%@ is not UTF-8 text", bodyFile)) }
            return text
        }
        if readStandardInput, isatty(STDIN_FILENO) == 0 { return try textArgument("-") }
        return nil
    }
}

/// "#12 v3 published: 打印机脱机的处理方法 (used in 2 tickets)".
func articleLine(_ article: KBArticle, usage: Int) -> String {
    tr("#%@ v%@ %@: %@ (used in %@)", article.id, article.version, tr(article.status.rawValue, context: "article"), SafeText.sanitize(article.title),
       usageText(usage))
}

func usageText(_ count: Int) -> String {
    count == 1 ? tr("1 ticket") : tr("%@ tickets", count)
}

/// Seconds-precision local time for listings.
func stamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
}
