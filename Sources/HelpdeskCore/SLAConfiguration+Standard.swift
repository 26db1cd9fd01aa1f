import Foundation

/// The shipped defaults, from the service-level figures of the seed (服务水平协议).
extension SLAConfiguration {
    /// 30-minute first response for every priority; P1 resolves in 4 h around the clock,
    /// P2 / P3 / P4 in 1 / 3 / 7 working days on the business calendar.
    public static let standard = SLAConfiguration(
        calendars: [
            "24x7": .alwaysOpen(name: "24x7", timeZoneID: "Asia/Shanghai"),
            "business": standardBusinessCalendar,
        ],
        policies: standardPolicies)

    /// Monday–Friday 09:00–18:00 in Asia/Shanghai with China's 2026 holidays and make-up days.
    public static let standardBusinessCalendar = BusinessCalendar(
        name: "business", timeZoneID: "Asia/Shanghai", workdays: [1, 2, 3, 4, 5],
        dayStartMinute: 9 * 60, dayEndMinute: 18 * 60,
        holidays: Set(ChinaPublicHolidays2026.holidays.compactMap(LocalDate.init)),
        extraWorkdays: Set(ChinaPublicHolidays2026.makeUpWorkdays.compactMap(LocalDate.init)))

    static let standardPolicies: [SLAPolicy] = {
        let workingDay = 9.0 * 3600
        let response = 30.0 * 60
        return [
            SLAPolicy(priority: .p1, firstResponse: response, responseCalendar: "24x7",
                      resolution: 4 * 3600, resolutionCalendar: "24x7"),
            SLAPolicy(priority: .p2, firstResponse: response, responseCalendar: "business",
                      resolution: 1 * workingDay, resolutionCalendar: "business"),
            SLAPolicy(priority: .p3, firstResponse: response, responseCalendar: "business",
                      resolution: 3 * workingDay, resolutionCalendar: "business"),
            SLAPolicy(priority: .p4, firstResponse: response, responseCalendar: "business",
                      resolution: 7 * workingDay, resolutionCalendar: "business"),
        ]
    }()
}

/// China's 2026 public holidays and make-up working days (调休), as published by the State Council.
/// An admin should check these against the State Council notice (国务院办公厅关于2026年部分节假日安排的通知)
/// and add the next year's list when it is published; the business calendar knows no other year.
public enum ChinaPublicHolidays2026 {
    /// Days off, including the weekend days folded into each holiday.
    public static let holidays: [String] = [
        "2026-01-01", "2026-01-02", "2026-01-03",                       // 元旦
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",         // 春节
        "2026-04-04", "2026-04-05", "2026-04-06",                       // 清明节
        "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", // 劳动节
        "2026-06-19", "2026-06-20", "2026-06-21",                       // 端午节
        "2026-09-25", "2026-09-26", "2026-09-27",                       // 中秋节
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
        "2026-10-06", "2026-10-07",                                     // 国庆节
    ]

    /// Weekend days that are working days to make up for the holidays (调休上班).
    public static let makeUpWorkdays: [String] = [
        "2026-01-04",                 // Sunday, for 元旦
        "2026-02-14", "2026-02-28",   // Saturdays, for 春节
        "2026-05-09",                 // Saturday, for 劳动节
        "2026-09-20", "2026-10-10",   // Sunday and Saturday, for 国庆节
    ]
}
