import Foundation

/// Text arriving from outside the argument parser: files, standard input, the raw argument vector.
enum TextInput {
    /// The bytes as UTF-8, or an error naming the source and the first bad byte.
    static func decode(_ data: Data, source: String) throws -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        let offset = firstInvalidOffset(data)
        throw CLIError("\(source) is not valid UTF-8 text (the first bad byte is at offset \(offset)); convert it first, for example: iconv -f GBK -t UTF-8")
    }

    /// The contents of a text file, read whole.
    static func file(_ path: String) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CLIError("there is no file \(path)") }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path) (is it a folder, or not readable by you?)")
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

    /// Where decoding first fails: the length of the longest valid prefix.
    static func firstInvalidOffset(_ data: Data) -> Int {
        var low = 0, high = data.count
        // A valid prefix stays valid when shortened to a character boundary, so bisect on validity.
        while low < high {
            let mid = (low + high + 1) / 2
            if validPrefix(data, mid) { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private static func validPrefix(_ data: Data, _ length: Int) -> Bool {
        // Trailing bytes of an unfinished character are fine in a prefix; allow up to 3 of them.
        for cut in 0...min(3, length) where String(validating: data.prefix(length - cut), as: UTF8.self) != nil { return true }
        return false
    }
}
