import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct ShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift",
        abstract: tr("Shifts, who works them and who leads (admins change; anyone may look)."),
        subcommands: [ShiftAdd.self, ShiftList.self, ShiftAssign.self, ShiftUnassign.self, ShiftRemove.self, ShiftNow.self]
    )
}

/// A time of day "HH:MM" as minutes after midnight.
struct ClockTime: ExpressibleByArgument {
    let minutes: Int
    init?(argument: String) {
        guard let minutes = Shift.minutes(from: argument) else { return nil }
        self.minutes = minutes
    }
}

extension ShiftDays: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
    public static var allValueStrings: [String] { ["weekdays", "everyday", "mon,tue,…"] }
}

struct ShiftAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: tr("Define a shift; one that ends before it starts runs past midnight."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Shift name, e.g. day or night."), valueName: "name")) var name: String
    @Option(help: ArgumentHelp(tr("Start, HH:MM local time."), valueName: "HH:MM")) var start: ClockTime
    @Option(help: ArgumentHelp(tr("End, HH:MM local time (24:00 for midnight)."), valueName: "HH:MM")) var end: ClockTime
    @Option(help: ArgumentHelp(tr("weekdays, everyday, or days such as mon,wed,fri (the days the shift starts on)."))) var days: ShiftDays = .everyDay
    @Option(help: ArgumentHelp(tr("IANA time zone."), valueName: "zone")) var tz: String = "Asia/Shanghai"

    func validate() throws {
        if start.minutes == 1440 { throw ValidationError(tr("--start must be between 00:00 and 23:59")) }
    }

    func run() throws {
        let session = try Session.open(options)
        let shift = Shift(name: name, startMinute: start.minutes, endMinute: end.minutes, days: days, timeZone: tz)
        try session.store.addShift(shift, by: session.actor)
        print(tr("added shift %@: %@", name, shift.summary))
    }
}

struct ShiftList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: tr("List the shifts, their members and leads."))
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let roster = try Session.openStore(options).shiftRoster()
        guard !roster.isEmpty else {
            print(tr("no shifts defined: everyone counts as on shift (add one with: helpdesk shift add NAME --start 08:00 --end 20:00)"))
            return
        }
        var table = TextTable(["SHIFT", "HOURS", "DAYS", "TIME ZONE", "LEAD", "MEMBERS"])
        for shift in roster.shifts {
            let members = roster.members.filter { $0.value.contains(shift.name) }.keys.sorted()
            table.add([shift.name, "\(Shift.clock(shift.startMinute))–\(Shift.clock(shift.endMinute))", shift.days.text,
                       shift.timeZone, roster.leads[shift.name] ?? "-", members.joined(separator: ",")])
        }
        print(table.render())
    }
}

struct ShiftAssign: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: tr("Put an engineer on a shift; --lead makes them its lead."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Login of the engineer."), valueName: "login")) var login: String
    @Argument(help: ArgumentHelp(tr("Shift name."), valueName: "shift")) var shift: String
    @Flag(help: ArgumentHelp(tr("Make the engineer the shift's lead (replaces the previous lead)."))) var lead = false

    func run() throws {
        let session = try Session.open(options)
        try session.store.assignShift(login, to: shift, lead: lead, by: session.actor)
        print(lead ? tr("%@ is on shift %@ as its lead", login, shift) : tr("%@ is on shift %@", login, shift))
    }
}

struct ShiftUnassign: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unassign", abstract: tr("Take an engineer off a shift."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Login of the engineer."), valueName: "login")) var login: String
    @Argument(help: ArgumentHelp(tr("Shift name."), valueName: "shift")) var shift: String

    func run() throws {
        let session = try Session.open(options)
        try session.store.unassignShift(login, from: shift, by: session.actor)
        print(tr("%@ is no longer on shift %@", login, shift))
    }
}

struct ShiftRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: tr("Remove a shift and its roster."))
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Shift name."), valueName: "shift")) var shift: String

    func run() throws {
        let session = try Session.open(options)
        try session.store.removeShift(named: shift, by: session.actor)
        print(tr("removed shift %@", shift))
    }
}

struct ShiftNow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "now", abstract: tr("Who is on shift now, and who leads."))
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let store = try Session.openStore(options)
        let now = Date()
        let roster = try store.shiftRoster()
        guard let logins = roster.onShiftLogins(at: now) else {
            print(tr("no shifts defined: everyone counts as on shift"))
            return
        }
        let running = roster.runningShifts(at: now)
        if running.isEmpty {
            print(tr("no shift is running now"))
        }
        for shift in running {
            let started = shift.start(ofRunContaining: now).map { tr(", since %@", Self.format($0, shift.timeZone)) } ?? ""
            print(tr("shift %@ (%@%@)", shift.name, shift.summary, started))
        }
        print(tr("lead: %@", roster.lead(at: now) ?? tr("none")))
        print(tr("on shift: %@", logins.isEmpty ? tr("nobody") : logins.sorted().joined(separator: ", ")))

    }

    private static func format(_ date: Date, _ zone: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.dateFormat = "EEE HH:mm"
        return formatter.string(from: date)
    }
}
