import Foundation

/// The first 100 bytes of an SQLite file, read without SQLite, so that a text file, random
/// bytes or a truncated copy are named for what they are before any connection touches them.
struct DatabaseHeader: Equatable {
    static let magic = Array("SQLite format 3\0".utf8)

    let pageSize: Int
    /// Pages the file should hold, as of the last checkpoint (0 when the header does not say).
    let pageCount: Int
    let fileSize: Int

    /// Reads the header of the file at `path`; `nil` for an empty file (SQLite calls that a new database).
    static func read(_ path: String) throws -> DatabaseHeader? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notWritable(path: path, reason: "it cannot be opened for reading (check it exists and its permissions)")
        }
        defer { try? handle.close() }
        let size = Int((try? handle.seekToEnd()) ?? 0)
        if size == 0 { return nil }
        try? handle.seek(toOffset: 0)
        let bytes = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard bytes.count >= 16, Array(bytes[0..<16]) == magic else {
            throw StoreError.notHelpdeskDatabase(path: path, reason: "the file is not an SQLite database")
        }
        guard bytes.count == 100 else {
            throw StoreError.damaged(path: path, detail: "the file is truncated: only \(size) bytes")
        }
        let raw = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = raw == 1 ? 65536 : raw
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw StoreError.damaged(path: path, detail: "its header names an impossible page size \(raw)")
        }
        let count = bytes[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let changeCounter = bytes[24..<28].reduce(0) { $0 << 8 | Int($1) }
        let validFor = bytes[92..<96].reduce(0) { $0 << 8 | Int($1) }
        // The in-header size counts only when written by the same change as the header (SQLite's own rule).
        let pages = changeCounter == validFor ? count : 0
        return DatabaseHeader(pageSize: pageSize, pageCount: pages, fileSize: size)
    }

    /// Throws `damaged` when the file is shorter than its header says: a copy cut short.
    /// Not while a -wal file holds pages: a checkpoint stopped by a full disk leaves the header
    /// ahead of the file, and the WAL still has every page, so the database is sound.
    func checkComplete(_ path: String) throws {
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        if wal > 0 { return }
        let expected = pageCount * pageSize
        if fileSize % pageSize != 0 || (pageCount > 0 && fileSize < expected) {
            throw StoreError.damaged(path: path, detail: "the file is truncated: \(fileSize) bytes where its header promises \(max(expected, pageSize))")
        }
    }
}
