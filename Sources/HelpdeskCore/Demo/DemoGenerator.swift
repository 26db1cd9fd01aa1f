import Foundation

/// Builds a believable support history: a team, requesters and tickets in Chinese and English,
/// every change made through `Workflow` so the demo obeys the same rules as real use.
public struct DemoGenerator: Sendable {
    public var now: Date
    public var seed: UInt64
    public var engineerCount: Int
    /// How far back the oldest ticket goes.
    public var days: Int
    public var workflow: Workflow

    public init(now: Date, seed: UInt64 = 2026, engineerCount: Int = 40, days: Int = 30, workflow: Workflow = Workflow()) {
        self.now = now
        self.seed = seed
        self.engineerCount = engineerCount
        self.days = days
        self.workflow = workflow
    }

    /// The team: one admin, a lead per ten engineers, about a third on second line, two or three skills each.
    public func engineers() -> [Engineer] {
        var rng = SeededGenerator(seed: seed)
        let names = DemoCorpus.engineerNames
        return (0..<engineerCount).map { i in
            let base = names[i % names.count]
            let login = i < names.count ? base.login : "\(base.login)\(i / names.count + 1)"
            let role: Role = i == 0 ? .admin : (i % 10 == 1 ? .lead : .agent)
            let tier: Tier = role != .agent || i % 3 == 0 ? .l2 : .l1
            var skills: Set<Category> = [Category.allCases[i % Category.allCases.count]]
            while skills.count < 2 + i % 2 { skills.insert(rng.pick(Category.allCases)) }
            if i == 0 { skills = Set(Category.allCases) }
            return Engineer(login: login, name: base.name, role: role, tier: tier, skills: skills, loadCap: 8 + i % 5,
                            team: Self.demoTeam(forEngineer: i))
        }
    }

    /// The KB articles shipped with the demo, as (title, body, category, tags).
    public func articles() -> [(title: String, body: String, category: Category, tags: [String])] {
        DemoCorpus.articles
    }

    /// Tickets `range` of the demo (ticket n is always the same), ids left for the store to give.
    public func tickets(_ range: Range<Int>, team: [Engineer]) -> [TicketRecord] {
        let roster = Roster(team)
        return range.map { n in
            var rng = SeededGenerator(seed: seed &+ UInt64(n) &* 0x9E37_79B9)
            return ticket(number: n, rng: &rng, roster: roster)
        }
    }

    /// The team sorted out once per batch: with 500 engineers, filtering the team and looking
    /// logins up by hand for every ticket cost more than the workflow itself.
    private struct Roster {
        let team: [Engineer]
        let lead: Actor
        let l2: [Engineer]
        /// First-line agents (not leads) by skill.
        let firstLine: [Category: [Engineer]]
        let byLogin: [String: Engineer]

        init(_ team: [Engineer]) {
            self.team = team
            lead = Actor(team.first { $0.role == .lead } ?? team[0])
            l2 = team.filter { $0.tier == .l2 }
            var firstLine: [Category: [Engineer]] = [:]
            for category in Category.allCases {
                firstLine[category] = team.filter { $0.skills.contains(category) && $0.tier == .l1 && $0.role != .lead }
            }
            self.firstLine = firstLine
            byLogin = Dictionary(team.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private func ticket(number n: Int, rng: inout SeededGenerator, roster: Roster) -> TicketRecord {
        let (team, l2, lead) = (roster.team, roster.l2, roster.lead)
        let problem = rng.pick(DemoCorpus.problems)
        let age = pow(Double.random(in: 0..<1, using: &rng), 1.6) * Double(days) * 86_400
        var clock = now.addingTimeInterval(-age)
        let requesterIndex = Int.random(in: 0..<(DemoCorpus.requesterNames.count * 10), using: &rng)
        let name = DemoCorpus.requesterNames[requesterIndex % DemoCorpus.requesterNames.count]
        let contact = "user\(requesterIndex)@example.com"
        let requester = Requester(name: name, contact: contact,
                                  organisation: DemoCorpus.organisations[requesterIndex % DemoCorpus.organisations.count],
                                  isVIP: requesterIndex % 23 == 0)
        let draft = NewTicket(
            title: problem.title, description: problem.description, requester: requester,
            channel: rng.pick(Channel.allCases), category: problem.category,
            impact: rng.pick([Level.low, .medium, .medium, .high, .critical]),
            urgency: rng.pick([Level.low, .medium, .medium, .high]),
            tags: problem.tags, isMajorIncident: problem.tags.contains("outage") && rng.chance(0.3))
        let system = Actor.system
        guard let created = try? workflow.create(draft, by: system, at: clock) else {
            preconditionFailure("demo corpus entry \(problem.title) breaks the rules")
        }
        var record = TicketRecord(ticket: created.ticket, events: created.events)

        // Each step happens a little later; a step that would fall in the future is not taken yet.
        func step(_ minutes: ClosedRange<Double>, _ actor: Actor, _ action: TicketAction) -> Bool {
            let next = clock.addingTimeInterval(Double.random(in: minutes, using: &rng) * 60)
            guard next < now else { return false }
            let lookup: (String) -> Engineer? = { login in roster.byLogin[login] }
            guard let change = try? workflow.apply(action, to: record.ticket, by: actor, at: next, engineer: lookup) else { return false }
            clock = next
            record.absorb(change)
            return true
        }

        if rng.chance(0.04) { _ = step(5...240, lead, .cancel(reason: "重复提交 / duplicate request")); return record }
        let skilled = roster.firstLine[problem.category] ?? []
        // Only fresh requests are still waiting for someone; older ones have all been picked up.
        guard age > 43_200 || rng.chance(0.6), let owner = skilled.isEmpty ? team.last : rng.pick(skilled) else { return record }
        let me = Actor(owner)
        guard step(2...45, lead, .assign(to: owner.login, reason: nil)) else { return record }
        guard step(3...60, me, .reply(rng.pick(DemoCorpus.replies))) else { return record }
        guard step(1...30, me, .changeStatus(.inProgress, text: nil)) else { return record }
        if rng.chance(0.3) { _ = step(10...240, me, .note(rng.pick(DemoCorpus.notes))) }
        if rng.chance(0.15) {
            guard step(10...120, me, .changeStatus(.pendingCustomer, text: "等待用户回复 / waiting for the user")) else { return record }
            guard step(60...1_800, me, .changeStatus(.inProgress, text: "用户已回复 / the user answered")) else { return record }
        }
        var worker = me
        if rng.chance(0.1), !l2.isEmpty {
            let details = "已尝试: \(problem.description.prefix(30))… / tried the usual fixes; user data attached"
            guard step(30...600, me, .escalate(details: details, requesterData: DemoCorpus.requesterData[details.count % DemoCorpus.requesterData.count])) else { return record }
            let expert = rng.pick(l2)
            worker = Actor(expert)
            guard step(5...120, lead, .assign(to: expert.login, reason: "二线处理 / second line")) else { return record }
            guard step(5...120, worker, .changeStatus(.inProgress, text: nil)) else { return record }
        }
        if rng.chance(0.5) { _ = step(5...60, worker, .logTime(minutes: Int.random(in: 10...180, using: &rng), note: "")) }
        guard step(30...4_000, worker, .resolve(problem.resolution)) else { return record }
        if rng.chance(0.04) {
            guard step(60...1_440, lead, .reopen(reason: "用户反馈问题仍然存在 / the user says it still fails")) else { return record }
            guard step(10...240, worker, .changeStatus(.inProgress, text: nil)) else { return record }
            guard step(30...1_440, worker, .resolve(problem.resolution)) else { return record }
        }
        _ = step(1_440...4_320, worker, .close)
        return record
    }
}
