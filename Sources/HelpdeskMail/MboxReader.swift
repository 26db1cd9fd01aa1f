import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an mbox file one message at a time, so a mailbox of any size takes the memory of its
/// largest message. Messages start at "From " lines (at the top or after a blank line);
/// ">From " lines are unescaped (mboxrd: one ">" is removed from ">…>From ").
public struct MboxReader {
    public let path: String

    public init(path: String) { self.path = path }

    /// Whether the file starts like an mbox ("From " on the first line).
    public static func looksLikeMbox(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 5)) ?? Data()
        return head == Data("From ".utf8)
    }

    /// Calls `body` with each message's number (from 1) and bytes, From_ line removed.
    public func forEachMessage(_ body: (Int, [UInt8]) throws -> Void) throws {
        guard let file = fopen(path, "rb") else {
            throw MailParseError("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var linePointer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(linePointer) }
        var current: [UInt8] = []
        var number = 0
        var started = false
        var previousBlank = true
        while true {
            let length = getline(&linePointer, &capacity, file)
            if length < 0 { break }
            let line = UnsafeRawBufferPointer(start: linePointer, count: length)
            if previousBlank, line.starts(with: Self.fromPrefix) {
                if started {
                    // The blank line before "From " separates messages and is not part of the last one.
                    if current.last == 0x0A { current.removeLast() }
                    if current.last == 0x0D { current.removeLast() }
                    try body(number, current)
                }
                number += 1
                started = true
                current.removeAll(keepingCapacity: true)
                previousBlank = false
                continue
            }
            guard started else {
                throw MailParseError("\(path) is not an mbox file: the first line does not start with “From ”")
            }
            previousBlank = length == 1 && line[0] == 0x0A || length == 2 && line[0] == 0x0D && line[1] == 0x0A
            if line.first == UInt8(ascii: ">") {
                let rest = line.drop(while: { $0 == UInt8(ascii: ">") })
                if rest.starts(with: Self.fromPrefix) {
                    current.append(contentsOf: line.dropFirst())
                    continue
                }
            }
            current.append(contentsOf: line)
        }
        if ferror(file) != 0 { throw MailParseError("reading \(path) failed: \(String(cString: strerror(errno)))") }
        if started {
            if current.last == 0x0A { current.removeLast() }
            try body(number, current)
        }
    }

    private static let fromPrefix = Array("From ".utf8)
}
