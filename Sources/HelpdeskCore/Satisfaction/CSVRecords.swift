/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, doubled quotes and
/// line breaks), each with the line number it starts on.
enum CSVRecords {
    struct Record {
        var line: Int
        var fields: [String]
        /// Set when the record is malformed (an unterminated quote).
        var error: String?
    }

    static func split(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var line = 1, startLine = 1
        var chars = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { records.append(Record(line: startLine, fields: fields)) }
            fields = []
            field = ""
            wasQuoted = false
            startLine = line
        }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.append("\"") } else { quoted = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true; wasQuoted = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n", "\r": line += 1; endRecord()
            default: field.append(c)
            }
        }
        if quoted {
            records.append(Record(line: startLine, fields: fields + [field], error: "a quoted field is never closed (a \" is missing)"))
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        return records
    }
}
