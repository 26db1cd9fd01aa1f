import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns bytes in a declared MIME charset into text: UTF-8 and ASCII natively, the rest
/// (GB2312/GBK/GB18030, Big5, ISO-8859-x, Windows-125x, KOI8…) through the C library's iconv.
public enum Charset {
    /// The text, or nil when the charset is unknown here or the bytes are not valid in it.
    public static func decode(_ bytes: [UInt8], charset: String) -> String? {
        let name = canonicalName(charset)
        switch name {
        case "UTF-8", "US-ASCII":
            // Mail labelled ASCII often carries Latin-1 from old clients; valid UTF-8 first.
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            return name == "US-ASCII" ? latin1(bytes) : nil
        case "ISO-8859-1":
            return latin1(bytes)
        default:
            return iconvDecode(bytes, from: name)
        }
    }

    /// Whether text in this charset can be read here.
    public static func isKnown(_ charset: String) -> Bool {
        let name = canonicalName(charset)
        if ["UTF-8", "US-ASCII", "ISO-8859-1"].contains(name) { return true }
        return iconvDecode([], from: name) != nil
    }

    /// Text however it comes: the declared charset, else UTF-8, else GB18030 (the commonest
    /// unlabelled Chinese mail), else Latin-1, which accepts any bytes. Says whether it guessed.
    public static func bestEffort(_ bytes: [UInt8], charset: String?) -> (text: String, guessed: Bool) {
        if let charset, let text = decode(bytes, charset: charset) { return (text, false) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, charset != nil) }
        if let text = iconvDecode(bytes, from: "GB18030") { return (text, true) }
        return (latin1(bytes), true)
    }

    /// The iconv name for a MIME label; GB2312 and GBK are read as GB18030, their superset,
    /// because mail labelled GB2312 routinely holds GBK characters.
    static func canonicalName(_ label: String) -> String {
        let lower = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "us-ascii", "ascii", "ansi_x3.4-1968", "": return "US-ASCII"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1": return "ISO-8859-1"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312": return lower == "hz-gb-2312" ? "HZ" : "GB18030"
        case "big5", "big-5", "x-big5", "cn-big5", "cp950": return "BIG5"
        case "big5-hkscs": return "BIG5-HKSCS"
        default:
            if lower.hasPrefix("windows-") { return "CP" + lower.dropFirst("windows-".count) }
            if lower.hasPrefix("cp-") { return "CP" + lower.dropFirst(3) }
            if lower.hasPrefix("iso8859-") { return "ISO-8859-" + lower.dropFirst("iso8859-".count) }
            if lower.hasPrefix("iso_8859-") { return "ISO-8859-" + lower.dropFirst("iso_8859-".count) }
            return lower.uppercased()
        }
    }

    static func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// Converts to UTF-8 in one pass; any invalid or incomplete sequence makes the whole text nil.
    static func iconvDecode(_ bytes: [UInt8], from name: String) -> String? {
        // Only names made of these characters reach iconv, so a header cannot smuggle odd option suffixes.
        guard !name.isEmpty, name.count <= 40,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        let handle = iconv_open("UTF-8", name)
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        if bytes.isEmpty { return "" }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                if iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) == size_t.max { return nil }
                if iconv(handle, nil, nil, &outPointer, &outLeft) == size_t.max { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[0..<produced], as: UTF8.self)
    }
}
