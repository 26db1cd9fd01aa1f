import Foundation
import HelpdeskCore

/// An article as a Markdown file with a front-matter header, for `kb export` and `kb import`.
///
/// ```
/// ---
/// id: 12
/// title: 打印机脱机的处理方法
/// category: hardware
/// tags: [printer, 打印机]
/// status: published
/// author: alice
/// updated: 2026-03-02T09:30:00Z
/// ---
/// The article body, Markdown or plain text.
/// ```
/// Export then import into an empty database then export again gives the same bytes: ids,
/// authors and times are kept, and times are written to the whole second.
public struct KBArticleFile: Sendable, Equatable {
    /// Nil for a new article: import gives it the next free id.
    public var id: Int64?
    public var title: String
    public var category: Category
    public var tags: [String]
    public var status: KBArticleStatus
    public var author: String?
    public var updated: Date?
    public var body: String

    public init(id: Int64?, title: String, category: Category, tags: [String], status: KBArticleStatus,
                author: String?, updated: Date?, body: String) {
        self.id = id
        self.title = title
        self.category = category
        self.tags = tags
        self.status = status
        self.author = author
        self.updated = updated
        self.body = body
    }

    /// The file for an article as it is now.
    public init(_ article: KBArticle) {
        self.init(id: article.id, title: article.title, category: article.category, tags: article.tags, status: article.status,
                  author: article.author, updated: Date(timeIntervalSince1970: article.updatedAt.timeIntervalSince1970.rounded(.down)),
                  body: article.body)
    }

    /// Reads a file's text; the error says which line or field is wrong and why.
    public init(parsing text: String) throws {
        let matter = try FrontMatter.parse(text)
        let known: Set<String> = ["id", "title", "category", "tags", "status", "author", "updated"]
        if let unknown = matter.fields.first(where: { !known.contains($0.key) }) {
            throw FrontMatterError(line: 0, reason: "unknown field “\(unknown.key)”; the fields are \(known.sorted().joined(separator: ", "))")
        }
        func string(_ key: String) throws -> String? {
            switch matter[key] {
            case nil: return nil
            case let .string(value)?: return value
            case .list?: throw FrontMatterError(line: 0, reason: "\(key) must be a single value, not a list")
            }
        }
        if let raw = try string("id") {
            guard let value = Int64(raw), value > 0 else { throw FrontMatterError(line: 0, reason: "id “\(raw)” is not a positive number") }
            id = value
        }
        guard let title = try string("title"), !title.isEmpty else { throw FrontMatterError(line: 0, reason: "the title is missing") }
        self.title = title
        let categoryName = try string("category") ?? Category.other.rawValue
        guard let category = Category(rawValue: categoryName.lowercased()) else {
            throw FrontMatterError(line: 0, reason: "category “\(categoryName)” is not one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.category = category
        switch matter["tags"] {
        case nil: tags = []
        case let .list(items)?: tags = items
        case let .string(value)?: tags = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let statusName = (try string("status") ?? KBArticleStatus.published.rawValue).lowercased()
        guard let status = KBArticleStatus(rawValue: statusName == "retired" ? "archived" : statusName) else {
            throw FrontMatterError(line: 0, reason: "status “\(statusName)” is not one of draft, published, archived")
        }
        self.status = status
        author = try string("author").flatMap { $0.isEmpty ? nil : $0 }
        if let raw = try string("updated") {
            guard let date = Self.dateFormatter().date(from: raw) else {
                throw FrontMatterError(line: 0, reason: "updated “\(raw)” is not a time like 2026-03-02T09:30:00Z")
            }
            updated = date
        }
        body = matter.body
    }

    /// The file's text.
    public func rendered() -> String {
        var fields: [(key: String, value: FrontMatter.Value)] = []
        if let id { fields.append(("id", .string(String(id)))) }
        fields += [("title", .string(title)), ("category", .string(category.rawValue)), ("tags", .list(tags)),
                   ("status", .string(status.rawValue))]
        if let author { fields.append(("author", .string(author))) }
        if let updated { fields.append(("updated", .string(Self.dateFormatter().string(from: updated)))) }
        return FrontMatter(fields: fields, body: body).render()
    }

    /// "0012-printer-offline.md": the id keeps files in order, the title's ASCII words make it findable.
    public var fileName: String {
        let number = String(id ?? 0)
        var name = String(repeating: "0", count: max(0, 4 - number.count)) + number
        let words = title.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var slug = ""
        for word in words where slug.count + word.count < 40 { slug += (slug.isEmpty ? "" : "-") + word }
        if !slug.isEmpty { name += "-" + slug }
        return name + ".md"
    }

    /// UTC, whole seconds: the form written and the only form read.
    static func dateFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }
}
