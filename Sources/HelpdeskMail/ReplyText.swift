/// The new part of a reply: mail clients append the whole earlier conversation, which the
/// ticket's timeline already holds.
public enum ReplyText {
    private static let separators = ["-----original message-----", "-----原始邮件-----", "-----邮件原件-----", "________________________________"]

    /// The text above the quoted earlier message: cut at an "-----Original Message-----" line,
    /// or at an attribution ("On … wrote:", "在 … 写道：") followed by ">" lines, or at a closing
    /// block of ">" lines. The whole text is kept when nothing new would remain.
    public static func newPart(of body: String) -> String {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var end = lines.count
        if let separator = lines.firstIndex(where: { line in separators.contains { line.trimmedMail.lowercased().hasPrefix($0) } }) {
            end = separator
        }
        // A closing run of quoted (or blank) lines.
        var quoteStart = end
        while quoteStart > 0, lines[quoteStart - 1].hasPrefix(">") || lines[quoteStart - 1].trimmedMail.isEmpty { quoteStart -= 1 }
        if quoteStart < end, lines[quoteStart..<end].contains(where: { $0.hasPrefix(">") }) {
            end = quoteStart
            if end > 0, isAttribution(lines[end - 1]) { end -= 1 }
        }
        let kept = lines[..<end].joined(separator: "\n").trimmedMail
        return kept.isEmpty ? body : kept
    }

    private static func isAttribution(_ line: String) -> Bool {
        let text = line.trimmedMail
        return text.hasSuffix("wrote:") || text.hasSuffix("写道：") || text.hasSuffix("写道:") || text.hasSuffix("寫道：")
            || text.hasSuffix("schrieb:") || text.hasSuffix("a écrit :")
    }
}
