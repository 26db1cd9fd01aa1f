import HelpdeskCore

/// Knowledge-base articles in mixed Chinese and English, built from templates: a subject, a
/// symptom and a few fix steps, with model numbers and error codes so that no two read alike.
enum KBCorpus {
    struct Article {
        var title: String
        var body: String
        var category: Category
        var tags: [String]
    }

    private struct Subject {
        var zh: String
        var en: String
        var category: Category
        var tag: String
    }

    private static let subjects: [Subject] = [
        Subject(zh: "打印机", en: "printer", category: .hardware, tag: "printer"),
        Subject(zh: "笔记本电脑", en: "laptop", category: .hardware, tag: "laptop"),
        Subject(zh: "投影仪", en: "projector", category: .hardware, tag: "projector"),
        Subject(zh: "扫描仪", en: "scanner", category: .hardware, tag: "scanner"),
        Subject(zh: "显示器", en: "monitor", category: .hardware, tag: "monitor"),
        Subject(zh: "扩展坞", en: "docking station", category: .hardware, tag: "dock"),
        Subject(zh: "Outlook 邮箱", en: "Outlook mailbox", category: .software, tag: "outlook"),
        Subject(zh: "ERP 系统", en: "ERP client", category: .software, tag: "erp"),
        Subject(zh: "财务系统", en: "finance system", category: .software, tag: "finance"),
        Subject(zh: "Teams 会议", en: "Teams meeting", category: .software, tag: "teams"),
        Subject(zh: "浏览器", en: "web browser", category: .software, tag: "browser"),
        Subject(zh: "VPN 客户端", en: "VPN client", category: .network, tag: "vpn"),
        Subject(zh: "无线网络", en: "Wi-Fi", category: .network, tag: "wifi"),
        Subject(zh: "接入交换机", en: "access switch", category: .network, tag: "switch"),
        Subject(zh: "文件服务器", en: "file server", category: .network, tag: "fileserver"),
        Subject(zh: "域账号", en: "domain account", category: .account, tag: "ad"),
        Subject(zh: "邮箱密码", en: "mail password", category: .account, tag: "password"),
        Subject(zh: "共享邮箱", en: "shared mailbox", category: .account, tag: "mailbox"),
        Subject(zh: "防病毒软件", en: "antivirus", category: .security, tag: "antivirus"),
        Subject(zh: "U 盘权限", en: "USB storage policy", category: .security, tag: "usb"),
        Subject(zh: "电话分机", en: "phone extension", category: .other, tag: "phone"),
        Subject(zh: "会议室设备", en: "meeting room kit", category: .other, tag: "meeting"),
    ]

    private static let symptoms: [(zh: String, en: String, tag: String)] = [
        ("无法连接", "cannot connect", "connect"), ("运行很慢", "is very slow", "slow"),
        ("频繁掉线", "keeps dropping", "drops"), ("提示错误代码", "shows an error code", "error"),
        ("无法登录", "cannot sign in", "login"), ("没有响应", "stops responding", "hang"),
        ("安装失败", "fails to install", "install"), ("权限不足", "reports access denied", "permission"),
        ("证书过期", "has an expired certificate", "certificate"), ("配置丢失", "lost its configuration", "config"),
    ]

    private static let steps: [(zh: String, en: String)] = [
        ("确认影响范围：一个人、一层楼还是全公司。", "Find out who is affected: one person, one floor or everyone."),
        ("检查网线和电源，重新插拔后再试。", "Check the cable and power, reseat them and try again."),
        ("在设备管理器中卸载旧驱动，重新安装最新版本。", "Remove the old driver in Device Manager and install the latest one."),
        ("清除凭据管理器中缓存的密码。", "Clear the cached password from Credential Manager."),
        ("查看事件日志中的最近错误。", "Read the most recent errors in the event log."),
        ("在域控上重置密码并要求下次登录修改。", "Reset the password on the domain controller and require a change at next sign-in."),
        ("重新签发用户证书并指导用户导入。", "Re-issue the user certificate and walk the user through importing it."),
        ("升级固件后重启设备。", "Update the firmware, then restart the device."),
        ("检查交换机端口速率和上联口状态。", "Check the switch port speed and the uplink state."),
        ("如果问题仍然存在，升级到二线并附上日志。", "If the problem remains, escalate to second line with the logs attached."),
        ("确认杀毒软件没有拦截该程序。", "Make sure the antivirus is not blocking the program."),
        ("重建用户配置文件并重新登录。", "Rebuild the user profile and sign in again."),
    ]

    private static let models = ["HP-LJ", "TP-X", "EPS-L", "CN-MF", "DL-U", "HW-S", "LN-T", "SR-G"]

    /// Article `n`; the same `n` always gives the same article.
    static func article(_ n: Int) -> Article {
        let subject = subjects[n % subjects.count]
        let symptom = symptoms[(n / subjects.count) % symptoms.count]
        let model = models[(n / 7) % models.count] + String(100 + n % 9000)
        let code = String(format: "0x%04X", (n &* 2654435761) & 0xFFFF)
        let floor = 1 + n % 23
        let title = n % 2 == 0
            ? "\(subject.zh)\(symptom.zh)（\(model)，\(floor) 楼）"
            : "\(subject.en.prefix(1).uppercased() + subject.en.dropFirst()) \(symptom.en) (\(model), floor \(floor))"
        var lines = [
            "现象：\(floor) 楼的\(subject.zh)\(symptom.zh)，错误代码 \(code)。",
            "Symptom: the \(subject.en) on floor \(floor) \(symptom.en), error \(code).",
        ]
        let count = 3 + n % 3
        for i in 0..<count {
            let step = steps[(n / 3 + i * 5) % steps.count]
            lines.append("\(i + 1). " + ((n + i) % 2 == 0 ? step.zh + " " + step.en : step.en + " " + step.zh))
        }
        lines.append("适用型号 / applies to: \(model)。参考工单 #\(10_000 + n * 17 % 900_000)。")
        return Article(title: title, body: lines.joined(separator: "\n"), category: subject.category,
                       tags: [subject.tag, symptom.tag])
    }
}
