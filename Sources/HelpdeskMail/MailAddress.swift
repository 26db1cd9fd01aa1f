/// A mailbox from a From header: display name and address.
public struct MailAddress: Sendable, Equatable {
    public var name: String
    /// The address as written, e.g. "li.wei@example.com".
    public var address: String

    public init(name: String, address: String) {
        self.name = name
        self.address = address
    }

    /// The first mailbox in a header value: `"Name" <a@b>`, `Name <a@b>`, `a@b (Name)` or `a@b`;
    /// nil when there is no address with an "@" in it.
    public static func parse(_ raw: String) -> MailAddress? {
        let decoded = raw.trimmedMail
        if let open = decoded.lastIndex(of: "<"), let close = decoded[open...].firstIndex(of: ">") {
            let address = decoded[decoded.index(after: open)..<close].trimmedMail
            guard isAddress(address) else { return nil }
            let name = cleanName(EncodedWords.decode(String(decoded[..<open])))
            return MailAddress(name: name, address: address)
        }
        var address = decoded
        var name = ""
        if let open = decoded.firstIndex(of: "("), let close = decoded.lastIndex(of: ")"), open < close {
            name = cleanName(EncodedWords.decode(String(decoded[decoded.index(after: open)..<close])))
            address = decoded[..<open].trimmedMail
        }
        // A list: take the first mailbox.
        if let comma = address.firstIndex(of: ",") { address = address[..<comma].trimmedMail }
        guard isAddress(address) else { return nil }
        return MailAddress(name: name, address: address)
    }

    /// The name to show: the display name, else the part of the address before "@".
    public var displayName: String {
        if !name.isEmpty { return name }
        return String(address.split(separator: "@").first ?? Substring(address))
    }

    private static func isAddress(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@"), at != text.startIndex, text.index(after: at) != text.endIndex else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    private static func cleanName(_ text: String) -> String {
        var name = text.trimmedMail
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = HeaderValue.unquote(name) }
        if name.count >= 2, name.hasPrefix("'"), name.hasSuffix("'") { name = String(name.dropFirst().dropLast()) }
        return name.trimmedMail
    }
}
