import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

/// Knowledge-base articles for the console tests: Chinese and English, Markdown headings and
/// lists, a draft, a retired article and a title carrying an escape sequence.
enum KBFixtures {
    static func article(_ id: Int64, _ title: String, _ category: HelpdeskCore.Category, tags: [String] = [],
                        status: KBArticleStatus = .published, _ body: String) -> KBArticle {
        KBArticle(id: id, title: title, body: body, category: category, tags: tags, status: status, author: "alice",
                  createdAt: Fixtures.minutes(-3 * 24 * 60), updatedAt: Fixtures.minutes(-24 * 60 - Double(id)))
    }

    static let articles: [KBArticle] = [
        article(1, "打印机脱机的处理方法", .hardware, tags: ["printer", "打印机"], """
            ## 适用范围
            三楼和五楼的共享打印机显示“脱机”。

            1. 检查打印机电源和网线，确认面板上没有卡纸提示。
            2. 在“设备和打印机”中取消“脱机使用打印机”。
            3. 仍然脱机时重新安装驱动，再打印测试页。

            - Printer offline: check the cable, untick "Use printer offline", reinstall the driver.
            - 打印队列卡住时先清空队列再重启 Print Spooler 服务。
            """),
        article(2, "网络很慢的排查步骤", .network, tags: ["network", "网络"], """
            先确认影响范围：一个人、一层楼还是全公司。
            再检查接入交换机端口速率和上联口，最后查看出口带宽。
            Slow network: scope first, then the access switch, the uplink and the internet link.
            """),
        article(3, "VPN connection times out", .network, tags: ["vpn"], """
            Most time-outs come from an expired user certificate. Check the certificate date in the VPN client, \
            re-issue it from the CA portal, then import it.
            证书过期会导致 VPN 无法连接。
            """),
        article(4, "全楼断网应急预案", .network, tags: ["outage", "网络"], """
            # 目标
            三十分钟内恢复核心网络，并通知全楼用户。
            - 确认核心交换机和防火墙状态；网络中断超过五分钟即升级为重大事件。
            - 内网和邮件恢复后在群里通报。
            """),
        article(5, "Outlook 反复提示输入密码", .software, tags: ["outlook", "email"], """
            清除 Windows 凭据管理器中的 Office 凭据，然后重新创建 Outlook 配置文件。
            Outlook keeps prompting: clear cached credentials and rebuild the profile.
            """),
        article(6, "ERP 月结前检查清单", .software, status: .draft, "财务月结前确认 ERP 接口和打印模板。"),
        article(7, "旧打印机驱动下载", .hardware, status: .archived, "已不再适用。"),
        article(8, "\u{1B}[31mRed\u{1B}[0m title test", .other, "Escape sequences in titles must show as symbols."),
    ]

    /// The fixture queue plus these articles.
    static func source() -> InMemoryDataSource {
        let source = Fixtures.source()
        for article in articles { source.knowledgeBase.add(article) }
        return source
    }

    /// A console over `source()` with the knowledge base opened by K.
    static func consoleWithKB(cols: Int, rows: Int) -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource) {
        let source = source()
        let (app, terminal) = Fixtures.console(cols: cols, rows: rows, source: source)
        app.handle(.char("K"))
        return (app, terminal, source)
    }
}
