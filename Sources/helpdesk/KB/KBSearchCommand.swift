import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct KBSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: tr("Search articles, best first, with the matches marked [like this] in a snippet."),
        discussion: tr("Words in English or Chinese; every word must occur (a prefix is enough). Quotes and operators are searched for as typed. Shows published articles and your own drafts."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("What to look for."))) var query: String
    @Option(help: ArgumentHelp(tr("At most this many articles."))) var limit = 10
    @Flag(help: ArgumentHelp(tr("Include everyone's drafts."))) var drafts = false
    @Flag(help: ArgumentHelp(tr("Include archived articles."))) var archived = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        let session = try Session.open(options)
        let visibility = KBVisibility(viewer: session.me.login, allDrafts: drafts, archived: archived)
        let hits = try session.store.searchArticles(query, limit: limit, visibility: visibility)
        let terms = SearchHighlight.terms(query)
        if output.json {
            print(try JSONOutput.encode(hits.map { KBHitJSON($0, terms: terms) }))
            return
        }
        if hits.isEmpty {
            print(tr("No article matches “%@”.", SafeText.sanitize(query)))

            return
        }
        for hit in hits {
            let status = hit.status == .published ? "" : " [\(tr(hit.status.rawValue, context: "article"))]"
            let title = SearchHighlight.marked(SafeText.sanitize(hit.title), terms: terms)
            print(tr("#%@ %@%@ — %@, used in %@", hit.id, title, status, hit.category.localizedName, usageText(hit.usage)))
            print("    " + SearchHighlight.marked(SafeText.sanitize(hit.snippet), terms: terms))
        }
    }
}

/// One search result for scripts.
struct KBHitJSON: Encodable {
    let id: Int64
    let title: String
    let category: String
    let tags: [String]
    let status: String
    let version: Int
    let usage: Int
    let snippet: String
    /// The snippet with each match in [brackets].
    let highlighted: String
    let updated: Date

    init(_ hit: KBHit, terms: [String]) {
        id = hit.id
        title = hit.title
        category = hit.category.rawValue
        tags = hit.tags
        status = hit.status.rawValue
        version = hit.version
        usage = hit.usage
        snippet = hit.snippet
        highlighted = SearchHighlight.marked(hit.snippet, terms: terms)
        updated = hit.updatedAt
    }
}
