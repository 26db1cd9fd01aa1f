import Foundation
import HelpdeskCore

/// Text arriving from outside the argument parser: files, standard input, the raw argument vector.
enum TextInput {
    /// The bytes as UTF-8, or an error naming the source and the first bad byte.
    static func decode(_ data: Data, source: String) throws -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        let offset = firstInvalidOffset(data)
        throw CLIError(tr("%@ is not valid UTF-8 text (the first bad byte is at offset %@); convert it first, for example: iconv -f GBK -t UTF-8", source, offset))
    }

    /// The contents of a text file, read whole.
    static func file(_ path: String) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CLIError(tr("there is no file %@", path)) }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(tr("cannot read %@ (is it a folder, or not readable by you?)", path))
        }
        return try decode(data, source: path)
    }

    /// Refuses an argument that is not UTF-8 before the parser turns its bad bytes into "�".
    static func checkArguments() throws {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Data(bytes: raw, count: strlen(raw))
            if String(validating: bytes, as: UTF8.self) == nil {
                let offset = firstInvalidOffset(bytes)
                throw CLIError("argument \(index) is not valid UTF-8 text (bad byte at offset \(offset)); set the terminal or script to UTF-8")
            }
        }
    }

    /// Where decoding first fails: the offset of the first byte that does not begin a well-formed UTF-8 sequence.
    static func firstInvalidOffset(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count, (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) else { return i }
            // Overlong forms, UTF-16 surrogates and code points past U+10FFFF (RFC 3629).
            if length > 2 {
                let second = bytes[i + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return i }
            }
            i += length
        }
        return bytes.count
    }
}
