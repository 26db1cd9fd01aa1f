import Foundation

/// RFC 4180 CSV: fields separated by commas, records by CRLF or LF, fields in double quotes may
/// hold commas, quotes (doubled) and line breaks. A leading UTF-8 byte order mark is ignored.
public enum CSVReader {
    /// One record and the physical line it starts on (1-based), or why it could not be read.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
        /// Set when the record is malformed; `fields` then holds what could be read.
        public var error: String?
    }

    /// Every record in the text; blank lines are skipped. A quote left open at the end of the
    /// file is an error on the record where it opened, which then runs to the end.
    public static func records(_ text: String) -> [Record] {
        var records: [Record] = []
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var line = 1
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var error: String?
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endRecord() {
            fields.append(String(field))
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted && error == nil) {
                records.append(Record(line: recordLine, fields: fields, error: error))
            }
            fields = []
            field = .init()
            wasQuoted = false
            error = nil
        }

        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" || (scalar == "\r" && pending != "\n") { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(String(field))
                field = .init()
                wasQuoted = false
            case "\"":
                if field.isEmpty && !wasQuoted {
                    inQuotes = true
                    wasQuoted = true
                } else {
                    if error == nil { error = "a quote (\") inside a field that does not start with one; quote the whole field and double the quote" }
                    field.append(scalar)
                }
            case "\r" where pending == "\n":
                continue
            case "\r", "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                if wasQuoted && !inQuotes && error == nil {
                    error = "text after the closing quote of a field; quote the whole field and double any quote inside it"
                }
                field.append(scalar)
            }
        }
        if inQuotes { error = "a quoted field opened here is never closed" }
        if !field.isEmpty || !fields.isEmpty || wasQuoted || error != nil { endRecord() }
        return records
    }
}

/// Writes RFC 4180 CSV with CRLF line ends; fields are quoted only when they need it.
public enum CSVWriter {
    /// One record as a line, CRLF included.
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
