import Foundation

/// Size limits on text typed or imported; past them the input is refused with a clear message.
public enum Limits {
    public static let titleCharacters = 300
    public static let bodyCharacters = 1_000_000
    public static let tagCharacters = 40
    public static let tagsPerTicket = 20
    public static let nameCharacters = 120

    /// Trims the text and checks it is non-empty (when required) and within `limit` characters.
    public static func checked(_ text: String, _ what: String, limit: Int, required: Bool = true) throws -> String {
        let trimmed = hasOuterWhitespace(text) ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
        if required && trimmed.isEmpty { throw WorkflowError.missingText("\(what) must not be empty") }
        // SQLite keeps a NUL, but text columns are read back as C strings and would end there.
        if trimmed.utf8.contains(0) {
            throw WorkflowError.invalid("\(what) contains a NUL character (byte 0), which cannot be stored; remove it")
        }
        if trimmed.count > limit {
            throw WorkflowError.invalid("\(what) is \(trimmed.count) characters long; the limit is \(limit)")
        }
        return trimmed
    }

    /// Foundation's trimming is slow enough to show in bulk work, and most text has nothing to trim.
    /// White_Space is the same set of scalars as `.whitespacesAndNewlines` (Zs, Zl, Zp, tab, line breaks, NEL).
    private static func hasOuterWhitespace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }

    /// Lower-cased, de-duplicated tags without spaces.
    public static func tags(_ raw: [String]) throws -> [String] {
        var seen: [String] = []
        for tag in raw {
            let clean = tag.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if clean.isEmpty { continue }
            if clean.utf8.contains(0) { throw WorkflowError.invalid("a tag contains a NUL character (byte 0), which cannot be stored") }
            // Chinese input methods type ， and 、 as list separators.
            if clean.contains(where: { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" }) {
                throw WorkflowError.invalid("tag “\(clean)” may not contain spaces or commas")
            }
            if clean.count > tagCharacters { throw WorkflowError.invalid("tag “\(clean)” is longer than \(tagCharacters) characters") }
            if !seen.contains(clean) { seen.append(clean) }
        }
        if seen.count > tagsPerTicket { throw WorkflowError.invalid("a ticket takes at most \(tagsPerTicket) tags") }
        return seen
    }
}

