import Foundation

/// A canned reply (回复模板) shared by the team: a title to find it by and a body with placeholders.
///
/// The body is written in whatever language the requester reads, Chinese or English; the few
/// words the desk adds itself (a missing deadline, "today") follow the body's language.
public struct ReplyTemplate: Codable, Sendable, Equatable, Identifiable {
    /// 0 until the store has saved the template.
    public var id: Int64
    public var title: String
    public var body: String
    /// Login of the engineer who wrote it.
    public var author: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Login of the engineer who saved it last.
    public var updatedBy: String

    public init(id: Int64 = 0, title: String, body: String, author: String, createdAt: Date,
                updatedAt: Date? = nil, updatedBy: String? = nil) {
        self.id = id
        self.title = title
        self.body = body
        self.author = author
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.updatedBy = updatedBy ?? author
    }

    /// Most characters a template body may hold: a reply, not a document.
    public static let bodyLimit = 20_000

    /// Checks a title and body before they are saved and returns them trimmed: both present,
    /// within their limits, and every placeholder in the body one helpdesk can fill.
    public static func validated(title: String, body: String) throws -> (title: String, body: String) {
        let title = try Limits.checked(title, "the template title", limit: Limits.titleCharacters)
        if title.contains(where: \.isNewline) {
            throw WorkflowError.invalid("the template title must be one line")
        }
        let body = try Limits.checked(body, "the template text", limit: bodyLimit)
        let unknown = unknownPlaceholders(in: body)
        if !unknown.isEmpty {
            let names = unknown.map { "{\(SafeText.sanitize($0))}" }.joined(separator: ", ")
            let noun = unknown.count == 1 ? "placeholder" : "placeholders"
            throw WorkflowError.invalid("the template uses the unknown \(noun) \(names); the placeholders are "
                + ReplyPlaceholder.listing + "; write {{ and }} for a literal brace")
        }
        return (title, body)
    }

    /// Names in braces that are not placeholders, each once, in the order they appear.
    public static func unknownPlaceholders(in body: String) -> [String] {
        var seen: [String] = []
        for case let .placeholder(name) in segments(of: body) where ReplyPlaceholder(rawValue: name.lowercased()) == nil && !seen.contains(name) {
            seen.append(name)
        }
        return seen
    }

    /// The placeholders the body uses, each once, in the order they appear.
    public var placeholders: [ReplyPlaceholder] {
        var seen: [ReplyPlaceholder] = []
        for case let .placeholder(name) in Self.segments(of: body) {
            if let known = ReplyPlaceholder(rawValue: name.lowercased()), !seen.contains(known) { seen.append(known) }
        }
        return seen
    }

    /// True when the body is Chinese text: the desk's own words in it are then Chinese too.
    public var isChinese: Bool { Self.containsHan(body) }

    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
