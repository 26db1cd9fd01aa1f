import Foundation
import XCTest
@testable import HelpdeskCore

/// Instants and calendars shared by the SLA tests.
enum SLAFixtures {
    /// Parses "2026-03-13 17:30" (seconds optional) as wall time in the given zone.
    static func at(_ text: String, _ zone: String = "Asia/Shanghai") -> Date {
        var parts = text.split(whereSeparator: { "- :".contains($0) }).map { Int($0)! }
        if parts.count == 5 { parts.append(0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2],
                                        hour: parts[3], minute: parts[4], second: parts[5])
        return calendar.date(from: components)!
    }

    static let business = SLAConfiguration.standardBusinessCalendar
    static let hour: TimeInterval = 3600
    static let workingDay: TimeInterval = 9 * 3600
}

final class BusinessCalendarTests: XCTestCase {
    private let cal = SLAFixtures.business
    private func at(_ s: String) -> Date { SLAFixtures.at(s) }

    func testHolidaysBeatWeekdaysAndMakeUpDaysBeatWeekends() {
        XCTAssertTrue(cal.isWorkingDay(LocalDate("2026-03-16")!), "an ordinary Monday works")
        XCTAssertFalse(cal.isWorkingDay(LocalDate("2026-03-14")!), "an ordinary Saturday is off")
        XCTAssertFalse(cal.isWorkingDay(LocalDate("2026-10-01")!), "National Day (a Thursday) is off")
        XCTAssertFalse(cal.isWorkingDay(LocalDate("2026-02-16")!), "Spring Festival Monday is off")
        XCTAssertTrue(cal.isWorkingDay(LocalDate("2026-10-10")!), "make-up Saturday works")
        XCTAssertTrue(cal.isWorkingDay(LocalDate("2026-01-04")!), "make-up Sunday works")
        XCTAssertTrue(BusinessCalendar.alwaysOpen().isWorkingDay(LocalDate("2026-10-01")!))
    }

    func testLocalDateUsesTheCalendarsTimeZone() {
        XCTAssertEqual(cal.localDate(of: Date(timeIntervalSince1970: 1_773_417_540)), LocalDate("2026-03-13")) // 23:59 Shanghai
        XCTAssertEqual(cal.localDate(of: Date(timeIntervalSince1970: 1_773_417_600)), LocalDate("2026-03-14")) // 00:00 Shanghai
        XCTAssertEqual(cal.localDate(of: at("2026-12-31 23:59")), LocalDate("2026-12-31"))
    }

    func testDayNumbersAndWeekdays() {
        XCTAssertEqual(LocalDate("1970-01-01")!.dayNumber, 0)
        XCTAssertEqual(LocalDate("2026-01-01")!.isoWeekday, 4, "2026 starts on a Thursday")
        XCTAssertEqual(LocalDate("2026-03-29")!.isoWeekday, 7)
        XCTAssertEqual(LocalDate("1969-12-31")!.isoWeekday, 3)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(LocalDate(dayNumber: n).dayNumber, n)
        }
        XCTAssertEqual(LocalDate(dayNumber: LocalDate("2024-02-29")!.dayNumber + 1), LocalDate("2024-03-01"))
    }

    func testFridayEveningCarriesOverTheWeekend() {
        let friday = at("2026-03-13 17:30")
        XCTAssertEqual(cal.addingWorkingTime(9 * SLAFixtures.hour, to: friday), at("2026-03-16 17:30"))
        XCTAssertEqual(cal.addingWorkingTime(30 * 60, to: friday), at("2026-03-16 09:00"),
                       "a count that runs out at closing time lands on the next opening")
        XCTAssertEqual(cal.addingWorkingTime(20 * 60, to: friday), at("2026-03-13 17:50"))
    }

    func testWeekendStartWaitsForMondayMorning() {
        let saturday = at("2026-03-14 10:00")
        XCTAssertEqual(cal.addingWorkingTime(0, to: saturday), at("2026-03-16 09:00"))
        XCTAssertEqual(cal.addingWorkingTime(SLAFixtures.hour, to: saturday), at("2026-03-16 10:00"))
        XCTAssertEqual(cal.workingTime(from: saturday, to: at("2026-03-16 10:00")), SLAFixtures.hour)
        XCTAssertEqual(cal.addingWorkingTime(0, to: at("2026-03-17 10:00")), at("2026-03-17 10:00"))
    }

    func testPublicHolidayInThePathIsSkippedAndMakeUpSaturdayCounts() {
        // 1 h on Wed 30 Sep, Oct 1–7 off, 9 h Thu 8, 9 h Fri 9, then 8 h on make-up Saturday 10 Oct.
        XCTAssertEqual(cal.addingWorkingTime(27 * SLAFixtures.hour, to: at("2026-09-30 17:00")), at("2026-10-10 17:00"))
        XCTAssertEqual(cal.workingTime(from: at("2026-09-30 00:00"), to: at("2026-10-11 00:00")), 4 * SLAFixtures.workingDay,
                       "Sep 30, Oct 8, Oct 9 and make-up Oct 10")
    }

    func testSpringFestivalMakeUpSaturdayThenNineDaysOff() {
        let friday = at("2026-02-13 17:00")
        XCTAssertEqual(cal.addingWorkingTime(SLAFixtures.hour, to: friday), at("2026-02-14 09:00"))
        XCTAssertEqual(cal.addingWorkingTime(2 * SLAFixtures.hour, to: friday), at("2026-02-14 10:00"), "Sat 14 Feb works")
        XCTAssertEqual(cal.addingWorkingTime(11 * SLAFixtures.hour, to: friday), at("2026-02-24 10:00"), "15–23 Feb are off")
    }

    func testWorkingTimeCountsOnlyOpeningHours() {
        XCTAssertEqual(cal.workingTime(from: at("2026-03-10 10:00"), to: at("2026-03-10 12:30")), 2.5 * SLAFixtures.hour)
        XCTAssertEqual(cal.workingTime(from: at("2026-03-10 17:00"), to: at("2026-03-11 10:00")), 2 * SLAFixtures.hour)
        XCTAssertEqual(cal.workingTime(from: at("2026-03-10 19:00"), to: at("2026-03-11 08:00")), 0)
        XCTAssertEqual(cal.workingTime(from: at("2026-03-09 00:00"), to: at("2026-03-16 00:00")), 5 * SLAFixtures.workingDay)
        XCTAssertEqual(cal.workingTime(from: at("2026-03-11 10:00"), to: at("2026-03-10 10:00")), 0, "reversed range")
        XCTAssertEqual(cal.workingTime(from: at("2026-03-11 10:00"), to: at("2026-03-11 10:00")), 0)
    }

    func testAddingThenMeasuringGivesBackTheAmount() {
        var seed: UInt64 = 42
        func next(_ bound: Double) -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53) * bound
        }
        let base = at("2026-01-01 00:00")
        for _ in 0..<500 {
            let start = base.addingTimeInterval(next(360 * 86_400))
            let amount = next(12 * SLAFixtures.workingDay)
            let end = cal.addingWorkingTime(amount, to: start)
            XCTAssertEqual(cal.workingTime(from: start, to: end), amount, accuracy: 1e-3, "from \(start) adding \(amount)")
            XCTAssertTrue(cal.isWorkingDay(cal.localDate(of: end)), "deadline \(end) lands on a working day")
        }
    }

    func testAlwaysOpenCalendarCountsAcrossMidnight() {
        let always = BusinessCalendar.alwaysOpen()
        XCTAssertEqual(always.addingWorkingTime(4 * SLAFixtures.hour, to: at("2026-10-01 22:30")), at("2026-10-02 02:30"))
        XCTAssertEqual(always.workingTime(from: at("2026-10-01 22:30"), to: at("2026-10-02 01:00")), 2.5 * SLAFixtures.hour)
        XCTAssertEqual(always.addingWorkingTime(-5, to: at("2026-10-01 22:30")), at("2026-10-01 22:30"), "negative amounts count as zero")
    }

    func testBerlinLocalHoursSurviveTheSpringForwardWeekend() {
        let berlin = BusinessCalendar(name: "berlin", timeZoneID: "Europe/Berlin", workdays: [1, 2, 3, 4, 5, 6, 7],
                                      dayStartMinute: 9 * 60, dayEndMinute: 18 * 60)
        let saturday = SLAFixtures.at("2026-03-28 17:00", "Europe/Berlin") // 16:00 UTC, CET
        let due = berlin.addingWorkingTime(2 * SLAFixtures.hour, to: saturday)
        XCTAssertEqual(due, SLAFixtures.at("2026-03-29 10:00", "Europe/Berlin"), "Sunday opens at 09:00 CEST")
        XCTAssertEqual(due, Date(timeIntervalSince1970: 1_774_771_200), "10:00 CEST is 08:00 UTC")
        XCTAssertEqual(berlin.workingTime(from: SLAFixtures.at("2026-03-28 12:00", "Europe/Berlin"),
                                          to: SLAFixtures.at("2026-03-30 12:00", "Europe/Berlin")), 18 * SLAFixtures.hour)
        XCTAssertEqual(berlin.localDate(of: Date(timeIntervalSince1970: 1_774_738_800)), LocalDate("2026-03-29"), "00:00 CET")
        XCTAssertEqual(berlin.localDate(of: Date(timeIntervalSince1970: 1_774_738_799)), LocalDate("2026-03-28"), "23:59:59 CET")
    }

    func testRoundTheClockCalendarDaysHaveTheirRealLengthInADSTZone() {
        let allDay = BusinessCalendar(name: "allday", timeZoneID: "Europe/Berlin", workdays: [1, 2, 3, 4, 5, 6, 7],
                                      dayStartMinute: 0, dayEndMinute: 1440)
        func length(_ day: String, _ next: String) -> TimeInterval {
            allDay.workingTime(from: SLAFixtures.at("\(day) 00:00", "Europe/Berlin"), to: SLAFixtures.at("\(next) 00:00", "Europe/Berlin"))
        }
        XCTAssertEqual(length("2026-03-29", "2026-03-30"), 23 * SLAFixtures.hour)
        XCTAssertEqual(length("2026-10-25", "2026-10-26"), 25 * SLAFixtures.hour)
        XCTAssertEqual(length("2026-03-28", "2026-03-29"), 24 * SLAFixtures.hour)
        let start = SLAFixtures.at("2026-03-28 12:00", "Europe/Berlin")
        XCTAssertEqual(allDay.addingWorkingTime(24 * SLAFixtures.hour, to: start), SLAFixtures.at("2026-03-29 13:00", "Europe/Berlin"))
    }

    func testMidnightSkippedBySpringForwardStillStartsTheDay() {
        // Chile moves clocks from Saturday 24:00 to Sunday 01:00; Sunday's local midnight never happens.
        let zone = "America/Santiago"
        let allDay = BusinessCalendar(name: "cl", timeZoneID: zone, workdays: [1, 2, 3, 4, 5, 6, 7], dayStartMinute: 0, dayEndMinute: 1440)
        let saturday = SLAFixtures.at("2026-09-05 00:00", zone), monday = SLAFixtures.at("2026-09-07 00:00", zone)
        XCTAssertEqual(allDay.workingTime(from: saturday, to: monday), 47 * SLAFixtures.hour)
        XCTAssertEqual(allDay.addingWorkingTime(47 * SLAFixtures.hour, to: saturday), monday)
        XCTAssertEqual(allDay.localDate(of: saturday.addingTimeInterval(24 * SLAFixtures.hour)), LocalDate("2026-09-06"))
    }

    func testCalendarWithoutWorkingTimeNeverComesDue() {
        let none = BusinessCalendar(name: "none", workdays: [])
        XCTAssertEqual(none.addingWorkingTime(60, to: at("2026-03-10 10:00")), .distantFuture)
        XCTAssertEqual(none.workingTime(from: at("2026-03-10 10:00"), to: at("2026-03-20 10:00")), 0)
    }

    func testUnknownTimeZoneFallsBackToUTC() {
        let bad = BusinessCalendar(name: "mars", timeZoneID: "Mars/Olympus")
        XCTAssertEqual(bad.addingWorkingTime(60, to: Date(timeIntervalSince1970: 1_773_394_200)), // Fri 2026-03-13 09:30 UTC
                       Date(timeIntervalSince1970: 1_773_394_260))
    }

    func testConcurrentUseOfManyZonesAgreesWithSerialUse() async {
        let zones = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]
        let start = SLAFixtures.at("2026-03-27 16:00", "UTC")
        @Sendable func due(_ zone: String) -> Date {
            BusinessCalendar(name: zone, timeZoneID: zone).addingWorkingTime(20 * SLAFixtures.hour, to: start)
        }
        let expected = zones.map(due)
        let results = await withTaskGroup(of: (Int, Date).self) { group in
            for i in 0..<600 { group.addTask { (i, due(zones[i % zones.count])) } }
            var all: [(Int, Date)] = []
            for await r in group { all.append(r) }
            return all
        }
        XCTAssertEqual(results.count, 600)
        for (i, date) in results { XCTAssertEqual(date, expected[i % zones.count]) }
        XCTAssertEqual(expected[0], SLAFixtures.at("2026-04-01 11:00"), "Fri 16:00 UTC is after hours in Shanghai: 9 + 9 + 2 h")
        XCTAssertEqual(expected[2], SLAFixtures.at("2026-03-31 14:00", "America/New_York"), "12:00 EDT Friday: 6 + 9 + 5 h")
    }

    func testShippedCalendarsValidate() throws {
        try cal.validate()
        try BusinessCalendar.alwaysOpen().validate()
        XCTAssertEqual(cal.holidays.count, 33)
        XCTAssertEqual(cal.extraWorkdays.count, 6)
        for day in cal.extraWorkdays { XCTAssertGreaterThanOrEqual(day.isoWeekday, 6, "\(day) is a weekend day") }
    }

    func testValidationNamesTheProblem() {
        func message(_ change: (inout BusinessCalendar) -> Void) -> String? {
            var c = BusinessCalendar(name: "business")
            change(&c)
            do { try c.validate(); return nil } catch { return (error as? ValidationError)?.message }
        }
        XCTAssertEqual(message { $0.timeZoneID = "Asia/Beijing" },
                       "calendar \"business\": unknown time zone \"Asia/Beijing\"; use an IANA name such as Asia/Shanghai")
        XCTAssertEqual(message { $0.dayStartMinute = 18 * 60; $0.dayEndMinute = 9 * 60 },
                       "calendar \"business\": the working day must start before it ends (18:00–09:00)")
        XCTAssertEqual(message { $0.dayEndMinute = $0.dayStartMinute }?.hasPrefix("calendar \"business\": the working day must start before it ends"), true)
        XCTAssertEqual(message { $0.workdays = [] },
                       "calendar \"business\": no working weekdays; list at least one of 1 (Monday) … 7 (Sunday)")
        XCTAssertEqual(message { $0.dayEndMinute = 1441 },
                       "calendar \"business\": the working day's end must be between 00:00 and 24:00, not minute 1441")
        XCTAssertEqual(message { $0.dayStartMinute = -1 },
                       "calendar \"business\": the working day's start must be between 00:00 and 24:00, not minute -1")
        XCTAssertEqual(message { $0.workdays = [1, 8] }, "calendar \"business\": weekday 8 does not exist; use 1 (Monday) … 7 (Sunday)")
        XCTAssertEqual(message { $0.holidays = [LocalDate("2026-10-10")!]; $0.extraWorkdays = [LocalDate("2026-10-10")!] },
                       "calendar \"business\": 2026-10-10 is listed both as a holiday and as a make-up working day (调休)")
        XCTAssertEqual(message { $0.name = " " }, "a calendar needs a name, such as \"business\" or \"24x7\"")
        XCTAssertNil(message { $0.dayStartMinute = 0; $0.dayEndMinute = 1440 })
        XCTAssertEqual(message { $0.isAlwaysOpen = true; $0.timeZoneID = "Nowhere" }?.contains("unknown time zone"), true)
    }
}
