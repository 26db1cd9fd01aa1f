import Foundation

extension TicketCSV {
    /// Tickets read from a CSV file, each with the line its record starts on, and every problem found.
    public struct Parsed: Sendable {
        public var rows: [(line: Int, record: TicketRecord)] = []
        public var errors: [TicketCSVError] = []
        /// Lines of the rows that have at least one error.
        public var badLines: Set<Int> { Set(errors.map(\.line)) }
    }

    /// Reads and checks every row; nothing is half-accepted: a row with any error is left out of `rows`.
    ///
    /// - Parameters:
    ///   - importedBy: login recorded in each ticket's "imported" event.
    ///   - isKnownEngineer: whether an assignee login exists.
    ///   - isTakenID: whether a ticket id is already used in the database.
    public static func parse(_ text: String, importedBy: String, at now: Date, rules: PriorityRules = PriorityRules(),
                             isKnownEngineer: (String) -> Bool, isTakenID: (Int64) -> Bool) -> Parsed {
        var parsed = Parsed()
        let records = CSVReader.records(text)
        guard let header = records.first else {
            parsed.errors.append(TicketCSVError(line: 1, column: "", message: "the file is empty; it needs a header line naming the columns"))
            return parsed
        }
        if let error = header.error { parsed.errors.append(TicketCSVError(line: header.line, column: "", message: error)) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var headerOK = header.error == nil
        for (index, name) in names.enumerated() where !columns.contains(name) || names.firstIndex(of: name) != index {
            let message = columns.contains(name) ? "appears twice in the header" : "is not a ticket column; the columns are \(columns.joined(separator: ", "))"
            parsed.errors.append(TicketCSVError(line: header.line, column: name.isEmpty ? "(empty)" : name, message: message))
            headerOK = false
        }
        for required in requiredColumns where !names.contains(required) {
            parsed.errors.append(TicketCSVError(line: header.line, column: required, message: "is required but missing from the header"))
            headerOK = false
        }
        guard headerOK else { return parsed }
        var seenIDs: [Int64: Int] = [:]
        for record in records.dropFirst() {
            if let error = record.error {
                parsed.errors.append(TicketCSVError(line: record.line, column: "", message: error))
                continue
            }
            guard record.fields.count == names.count else {
                parsed.errors.append(TicketCSVError(line: record.line, column: "",
                                                    message: "has \(record.fields.count) fields; the header has \(names.count)"))
                continue
            }
            var row = RowReader(line: record.line, values: Dictionary(uniqueKeysWithValues: zip(names, record.fields)))
            let ticket = row.ticket(now: now, rules: rules, isKnownEngineer: isKnownEngineer)
            if let ticket, ticket.id != 0 {
                if let first = seenIDs[ticket.id] {
                    row.fail("id", "ticket #\(ticket.id) is also on line \(first)")
                } else if isTakenID(ticket.id) {
                    row.fail("id", "ticket #\(ticket.id) already exists in this helpdesk; leave id empty to get a new number")
                }
                seenIDs[ticket.id] = seenIDs[ticket.id] ?? record.line
            }
            parsed.errors += row.errors
            if let ticket, row.errors.isEmpty {
                let event = TicketEvent(ticketID: ticket.id, actor: importedBy, at: now, field: "imported",
                                        newValue: ticket.status.rawValue, reason: "CSV line \(record.line)")
                parsed.rows.append((record.line, TicketRecord(ticket: ticket, events: [event])))
            }
        }
        return parsed
    }
}
