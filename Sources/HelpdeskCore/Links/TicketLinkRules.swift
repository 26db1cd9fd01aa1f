/// What may be linked to what: no self-links, no loops, one parent per child, one original per duplicate.
///
/// `links` returns every stored link touching a ticket; the store answers it from an index,
/// so the rules walk only the chain they need (ancestors, or the duplicate chain).
public enum TicketLinkRules {
    /// Throws `WorkflowError.invalid` with the reason when `from` may not be linked to `to` as `kind`.
    public static func check(_ kind: TicketLinkKind, from: Int64, to: Int64, links: (Int64) throws -> [TicketLink]) throws {
        guard from != to else { throw WorkflowError.invalid("#\(from) cannot be linked to itself") }
        guard kind != .mergedInto else {
            throw WorkflowError.invalid("a merge is not a link: use ticket merge \(from) into \(to)")
        }
        let fromLinks = try links(from)
        for id in [from, to] {
            let own = id == from ? fromLinks : try links(id)
            if let merged = own.first(where: { $0.kind == .mergedInto && $0.from == id }) {
                throw WorkflowError.invalid("#\(id) was merged into #\(merged.to); link #\(merged.to) instead")
            }
        }
        if let existing = fromLinks.first(where: { $0.other(than: from) == to }) {
            throw WorkflowError.invalid("#\(from) and #\(to) are already linked: #\(from) \(existing.relation(from: from).label) #\(to); unlink them first")
        }
        switch kind {
        case .related, .mergedInto:
            return
        case .parentOf:
            if let parent = try parent(of: to, links) {
                throw WorkflowError.invalid("#\(to) already has a parent, #\(parent); a ticket has one parent, unlink it first")
            }
            var seen: Set<Int64> = [from]
            var current = from
            while let up = try parent(of: current, links), seen.insert(up).inserted {
                if up == to {
                    throw WorkflowError.invalid("#\(to) is an ancestor of #\(from); making it #\(from)'s child would make a loop")
                }
                current = up
            }
        case .duplicateOf:
            if let original = try original(of: from, links) {
                throw WorkflowError.invalid("#\(from) is already a duplicate of #\(original); unlink it first")
            }
            var seen: Set<Int64> = [to]
            var current = to
            while let next = try original(of: current, links), seen.insert(next).inserted {
                if next == from {
                    throw WorkflowError.invalid("#\(to) is a duplicate of #\(from); a ticket cannot be a duplicate of its own duplicate")
                }
                current = next
            }
        }
    }

    /// Merge links are the record of a merge and stay; any other link may be removed.
    public static func checkUnlink(_ link: TicketLink) throws {
        if link.kind == .mergedInto {
            throw WorkflowError.invalid("#\(link.from) was merged into #\(link.to); a merge cannot be undone by unlinking")
        }
    }

    /// The parent of `id`, if it has one.
    public static func parent(of id: Int64, _ links: (Int64) throws -> [TicketLink]) throws -> Int64? {
        try links(id).first { $0.kind == .parentOf && $0.to == id }?.from
    }

    /// The ticket `id` is a duplicate of, if any.
    public static func original(of id: Int64, _ links: (Int64) throws -> [TicketLink]) throws -> Int64? {
        try links(id).first { $0.kind == .duplicateOf && $0.from == id }?.to
    }
}
