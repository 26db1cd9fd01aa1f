/// Content-Transfer-Encoding decoders; both accept what real mailers send (stray spaces,
/// missing padding, lower-case hex) rather than refusing a message over a detail.
public enum TransferEncoding {
    /// Quoted-printable: "=XX" escapes, soft line breaks ("=" at the end of a line) removed.
    /// A "=" not followed by two hex digits is kept as written, as RFC 2045 advises.
    public static func quotedPrintable(_ bytes: ArraySlice<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "=") {
                // Soft break: "=" then optional trailing blanks then CRLF or LF.
                var j = i + 1
                while j < bytes.endIndex, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if j < bytes.endIndex, bytes[j] == 0x0D, j + 1 < bytes.endIndex, bytes[j + 1] == 0x0A { i = j + 2; continue }
                if j < bytes.endIndex, bytes[j] == 0x0A { i = j + 1; continue }
                if j == bytes.endIndex { i = j; continue }
                if i + 2 < bytes.endIndex, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                    out.append(high << 4 | low)
                    i += 3
                    continue
                }
                out.append(byte)
            } else if underscoreIsSpace && byte == UInt8(ascii: "_") {
                out.append(0x20)
            } else {
                out.append(byte)
            }
            i += 1
        }
        return out
    }

    /// Base64, skipping line breaks and anything outside the alphabet (URL-safe letters too);
    /// nil when the data ends with a lone character, which no encoder produces.
    public static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        var buffer: UInt32 = 0
        var count = 0
        var sawPadding = false
        for byte in bytes {
            if byte == UInt8(ascii: "=") { sawPadding = true; continue }
            guard let value = base64Value(byte) else { continue }
            // Data after padding starts a new group (concatenated base64 happens in the wild).
            if sawPadding { flush(&buffer, &count, into: &out); sawPadding = false }
            buffer = buffer << 6 | UInt32(value)
            count += 1
            if count == 4 {
                out.append(UInt8(buffer >> 16 & 0xFF)); out.append(UInt8(buffer >> 8 & 0xFF)); out.append(UInt8(buffer & 0xFF))
                buffer = 0
                count = 0
            }
        }
        if count == 1 { return nil }
        flush(&buffer, &count, into: &out)
        return out
    }

    private static func flush(_ buffer: inout UInt32, _ count: inout Int, into out: inout [UInt8]) {
        if count == 2 { out.append(UInt8(buffer >> 4 & 0xFF)) }
        if count == 3 { out.append(UInt8(buffer >> 10 & 0xFF)); out.append(UInt8(buffer >> 2 & 0xFF)) }
        buffer = 0
        count = 0
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
