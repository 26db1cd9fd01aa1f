import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

/// Receives a row's values in column order. One description of each row feeds both the ordinary
/// GRDB path (`ValueList`) and the bulk-import path (`RawInsert`), so the column order is
/// written down once.
protocol ColumnSink {
    mutating func integer(_ value: Int64?)
    mutating func real(_ value: Double?)
    mutating func text(_ value: String?)
}

extension ColumnSink {
    mutating func integer(_ value: Int) { integer(Int64(value)) }
    mutating func bool(_ value: Bool) { integer(value ? 1 : 0) }
}

/// Collects values for `StatementArguments`.
struct ValueList: ColumnSink {
    var values: [DatabaseValue] = []

    mutating func integer(_ value: Int64?) { values.append(value?.databaseValue ?? .null) }
    mutating func real(_ value: Double?) { values.append(value?.databaseValue ?? .null) }
    mutating func text(_ value: String?) { values.append(value?.databaseValue ?? .null) }

    var arguments: StatementArguments { StatementArguments(values) }
}

/// Binds straight onto a prepared statement and runs it: the bulk import's hot loop, where
/// building `StatementArguments` (boxing each value, then mapping through a key path) cost more
/// than SQLite's own work.
struct RawInsert: ColumnSink {
    private let statement: Statement
    private let connection: OpaquePointer?
    private var index: Int32 = 0

    init(_ statement: Statement, in db: Database) {
        self.statement = statement
        self.connection = db.sqliteConnection
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func integer(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(statement.sqliteStatement, index, value) } else { sqlite3_bind_null(statement.sqliteStatement, index) }
    }

    mutating func real(_ value: Double?) {
        index += 1
        if let value { sqlite3_bind_double(statement.sqliteStatement, index, value) } else { sqlite3_bind_null(statement.sqliteStatement, index) }
    }

    mutating func text(_ value: String?) {
        index += 1
        guard let value else { sqlite3_bind_null(statement.sqliteStatement, index); return }
        sqlite3_bind_text(statement.sqliteStatement, index, value, Int32(value.utf8.count), Self.transient)
    }

    /// Executes the statement with the values bound since the last run.
    mutating func run() throws {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        index = 0
        if code != SQLITE_DONE {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
