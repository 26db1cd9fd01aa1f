import Foundation
import GRDB
import HelpdeskCore

/// Translating SQLite failures at the boundary, so no "SQLite error 19" reaches a user.
extension StoreError {
    /// Domain errors pass through untouched; database errors become a `StoreError` naming the file.
    static func mapping(_ error: any Error, path: String) -> any Error {
        switch error {
        case is StoreError, is WorkflowError, is ValidationError:
            return error
        case let db as DatabaseError:
            return mapping(db, path: path)
        case is DecodingError:
            return StoreError.damaged(path: path, detail: "a stored setting or value could not be read back")
        default:
            return error
        }
    }

    static func mapping(_ error: DatabaseError, path: String) -> StoreError {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_READONLY:
            return .notWritable(path: path, reason: "the file or its folder is read-only for this user")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .notWritable(path: path, reason: "it cannot be opened (check the folder exists and its permissions)")
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_NOTADB:
            return .notHelpdeskDatabase(path: path, reason: "the file is not an SQLite database")
        case .SQLITE_CORRUPT:
            return .damaged(path: path, detail: detail)
        case .SQLITE_IOERR:
            return .database("reading or writing \(path) failed: \(detail)")
        default:
            if detail.hasPrefix("no such index: queue") || detail.hasPrefix("no such table: ticket_") {
                return .bulkImportRunning(path: path)
            }
            return .database(detail)
        }
    }
}
