/// Realistic request texts in Chinese and English, grouped by category, for demo databases.
enum DemoCorpus {
    struct Problem {
        let category: Category
        let title: String
        let description: String
        let resolution: String
        let tags: [String]
    }

    static let problems: [Problem] = [
        Problem(category: .hardware, title: "三楼打印机无法打印", description: "财务部三楼的 HP 打印机一直显示脱机，重启后仍然无法打印，今天下午要打印报销单。",
                resolution: "更换了打印机的网线并重新安装驱动，测试打印正常。", tags: ["printer", "打印机"]),
        Problem(category: .hardware, title: "Laptop screen flickers after docking", description: "When I connect my ThinkPad to the dock the external monitor flickers every few seconds.",
                resolution: "Updated the dock firmware and display driver; replaced the DisplayPort cable.", tags: ["laptop", "dock"]),
        Problem(category: .hardware, title: "键盘部分按键失灵", description: "笔记本键盘的 E、R、T 三个键按下没有反应，外接键盘正常。",
                resolution: "键盘排线松动，已重新安装；如再出现将申请更换键盘。", tags: ["keyboard"]),
        Problem(category: .hardware, title: "Printer on 2nd floor jams on every job", description: "The Canon printer near the kitchen jams on every print job, paper tray 2.",
                resolution: "Removed torn paper from the fuser and cleaned the rollers.", tags: ["printer"]),
        Problem(category: .hardware, title: "会议室投影仪没有信号", description: "大会议室投影仪连接 HDMI 后显示无信号，下午两点有客户会议。",
                resolution: "HDMI 转接头损坏，已更换新的转接头并贴上标签。", tags: ["projector", "会议室"]),
        Problem(category: .software, title: "Outlook keeps asking for password", description: "Since this morning Outlook prompts for my password every ten minutes, even after I type it.",
                resolution: "Cleared cached credentials in Credential Manager and re-created the Outlook profile.", tags: ["outlook", "email"]),
        Problem(category: .software, title: "财务系统导出 Excel 报错", description: "在财务系统中导出月度报表时提示“文件格式错误”，上个月还可以正常导出。",
                resolution: "Office 更新后旧版插件不兼容，已升级财务系统导出插件。", tags: ["财务系统", "excel"]),
        Problem(category: .software, title: "Install Visio for the design team", description: "Three people in the design team need Visio Professional installed before Monday.",
                resolution: "Assigned licences and installed Visio through the software centre.", tags: ["install", "licence"]),
        Problem(category: .software, title: "ERP 系统打开很慢", description: "从昨天开始 ERP 客户端打开需要五分钟以上，其他同事也有同样的问题。",
                resolution: "应用服务器日志表过大，已归档旧数据并重建索引，打开时间恢复到 10 秒内。", tags: ["erp", "performance"]),
        Problem(category: .software, title: "Teams crashes when sharing screen", description: "Microsoft Teams closes as soon as I start sharing my screen in a meeting.",
                resolution: "Disabled GPU hardware acceleration in Teams and updated the graphics driver.", tags: ["teams"]),
        Problem(category: .network, title: "VPN 无法连接", description: "在家办公时 VPN 客户端一直提示“连接超时”，无法访问公司内网。",
                resolution: "用户证书已过期，已重新签发证书并指导用户导入。", tags: ["vpn", "remote"]),
        Problem(category: .network, title: "Wi-Fi drops in meeting room B", description: "The wireless connection drops every few minutes in meeting room B on the 5th floor.",
                resolution: "Moved the access point channel away from interference and raised transmit power.", tags: ["wifi"]),
        Problem(category: .network, title: "整层网络很慢", description: "四楼所有人打开网页都很慢，下载文件只有几十 KB/s。",
                resolution: "四楼接入交换机上联口协商为百兆，已更换光模块恢复千兆。", tags: ["network", "网络"]),
        Problem(category: .network, title: "Cannot reach the file server \\\\fs01", description: "Mapped drive S: shows disconnected and \\\\fs01 does not respond to ping from my desk.",
                resolution: "The desk port was on the wrong VLAN; patched it to the staff VLAN.", tags: ["fileserver", "vlan"]),
        Problem(category: .network, title: "邮件服务器宕机，全部用户无法收发邮件", description: "九点以后全公司都无法收发邮件，Outlook 和网页版都连接不上。",
                resolution: "邮件服务器磁盘写满导致服务停止，已清理日志并扩容，服务恢复。", tags: ["email", "outage"]),
        Problem(category: .account, title: "密码过期无法登录", description: "今天早上开机提示密码已过期，修改密码时一直报错，无法登录电脑。",
                resolution: "在域控上重置密码并要求下次登录修改，已确认可以登录。", tags: ["password", "ad"]),
        Problem(category: .account, title: "New starter needs accounts", description: "Li Ming joins Sales on Monday and needs a domain account, e-mail and CRM access.",
                resolution: "Created the AD account, mailbox and CRM user; credentials handed to the manager.", tags: ["onboarding"]),
        Problem(category: .account, title: "账号被锁定", description: "输错几次密码后账号被锁定了，需要尽快解锁，马上要开会。",
                resolution: "已解锁账号并提醒用户更新手机上的邮箱密码，避免再次锁定。", tags: ["lockout"]),
        Problem(category: .account, title: "Shared mailbox access for support@", description: "Please give the new team members access to the support@ shared mailbox.",
                resolution: "Granted full access and send-as permissions; the mailbox appears after restart.", tags: ["mailbox", "permissions"]),
        Problem(category: .security, title: "收到可疑的钓鱼邮件", description: "收到一封冒充财务总监的邮件，要求点击链接更新银行账户信息。",
                resolution: "已在邮件网关拦截该发件人并全员提醒，未发现有人点击链接。", tags: ["phishing", "安全"]),
        Problem(category: .security, title: "Antivirus flagged a file on my PC", description: "The antivirus popped up a warning about a file in my Downloads folder and quarantined it.",
                resolution: "Confirmed a known adware installer; removed it and ran a full scan, nothing else found.", tags: ["antivirus"]),
        Problem(category: .security, title: "USB 设备被禁用需要开通", description: "测试部门需要使用 U 盘拷贝测试数据，目前电脑禁止 USB 存储。",
                resolution: "经部门经理审批后为测试机开通 USB 存储白名单，有效期 30 天。", tags: ["usb", "policy"]),
        Problem(category: .other, title: "Request a second monitor", description: "I would like a second 24-inch monitor for my desk in the finance team.",
                resolution: "Delivered and connected a 24-inch monitor from stock.", tags: ["request"]),
        Problem(category: .other, title: "电话分机无法拨打外线", description: "分机 8021 可以打内线，但拨打外线时提示音后就挂断。",
                resolution: "分机的外线权限被误删，已在交换机上恢复。", tags: ["phone", "电话"]),
    ]

    static let requesterNames = [
        "张伟", "王芳", "李娜", "刘洋", "陈杰", "杨丽", "赵磊", "黄敏", "周涛", "吴霞", "徐静", "孙强",
        "马超", "朱琳", "胡军", "郭婷", "何平", "高翔", "林晓", "罗佳",
        "Emma Wilson", "Oliver Brown", "Sophie Martin", "James Taylor", "Chloe Dubois", "Lucas Meyer",
        "Mia Rossi", "Noah Kim", "Ava Johnson", "Liam Chen",
    ]

    static let organisations = ["财务部", "市场部", "人力资源部", "研发中心", "销售部", "Sales", "Legal", "Finance", "Operations", "客服中心"]

    static let replies = [
        "您好，我们已收到您的问题，正在处理中。", "已远程连接查看，请稍候。", "请问问题是从什么时候开始出现的？",
        "Thanks, I'm looking into it now.", "Could you send a screenshot of the error?", "I've applied a fix, please try again.",
        "请重启电脑后再试一次，看看问题是否还在。", "We'll come to your desk this afternoon.",
    ]

    static let notes = [
        "已检查日志，没有发现异常。", "Same issue reported by two other users this week.", "等待供应商回复备件时间。",
        "Checked the switch port counters: no errors.", "需要二线协助排查服务器端配置。",
    ]

    /// What requesters attach before a ticket goes to second line; chosen without the generator so the demo stays as it was.
    static let requesterData = [
        "用户截图：错误提示“无法连接到服务器”，错误码 0x80072EFD。", "Screenshot of the error dialog; steps: log in, open VPN, wait 30 s.",
        "用户提供了事件查看器日志导出 (System.evtx)。", "Error text: \"The trust relationship between this workstation and the primary domain failed.\"",
    ]

    static let engineerNames: [(login: String, name: String)] = [
        ("zhang.wei", "张伟"), ("wang.fang", "王芳"), ("li.na", "李娜"), ("liu.yang", "刘洋"), ("chen.jie", "陈杰"),
        ("yang.li", "杨丽"), ("zhao.lei", "赵磊"), ("huang.min", "黄敏"), ("zhou.tao", "周涛"), ("wu.xia", "吴霞"),
        ("xu.jing", "徐静"), ("sun.qiang", "孙强"), ("ma.chao", "马超"), ("zhu.lin", "朱琳"), ("hu.jun", "胡军"),
        ("guo.ting", "郭婷"), ("he.ping", "何平"), ("gao.xiang", "高翔"), ("lin.xiao", "林晓"), ("luo.jia", "罗佳"),
        ("song.yu", "宋宇"), ("tang.hui", "唐慧"), ("han.bing", "韩冰"), ("feng.lei", "冯磊"), ("deng.yan", "邓燕"),
        ("alice", "Alice Walker"), ("bob", "Bob Smith"), ("carol", "Carol Jones"), ("dave", "Dave Miller"),
        ("erin", "Erin Davis"), ("frank", "Frank Moore"), ("grace", "Grace Lee"), ("henry", "Henry Clark"),
        ("irene", "Irene Hall"), ("jack", "Jack Young"), ("kate", "Kate King"), ("leo", "Leo Wright"),
        ("mona", "Mona Scott"), ("nick", "Nick Green"), ("olga", "Olga Baker"),
    ]

    static let articles: [(title: String, body: String, category: Category, tags: [String])] = [
        ("打印机脱机的处理方法", "1. 检查打印机电源和网线。\n2. 在“设备和打印机”中取消“脱机使用打印机”。\n3. 仍然脱机时重新安装驱动。\nPrinter offline: check cable, untick 'Use printer offline', reinstall the driver.", .hardware, ["printer", "打印机"]),
        ("VPN connection times out", "Most time-outs come from an expired user certificate. Check the certificate date in the VPN client, re-issue it from the CA portal, then import it. 证书过期会导致 VPN 无法连接。", .network, ["vpn"]),
        ("Outlook 反复提示输入密码", "清除 Windows 凭据管理器中的 Office 凭据，然后重新创建 Outlook 配置文件。Outlook keeps prompting: clear cached credentials and rebuild the profile.", .software, ["outlook", "email"]),
        ("Unlocking a locked-out account", "Unlock the account in Active Directory, then ask the user to update the password on the phone's mail app, which is the usual cause of repeat lockouts. 账号锁定通常由手机邮箱旧密码引起。", .account, ["lockout", "ad"]),
        ("网络很慢的排查步骤", "先确认影响范围（一个人、一层楼还是全公司），再检查接入交换机端口速率和上联口，最后查看出口带宽。Slow network: scope, access switch, uplink, internet link.", .network, ["network", "网络"]),
        ("Reporting a phishing e-mail", "Do not click links. Forward the message as an attachment to security@ and delete it. 收到钓鱼邮件请不要点击链接，作为附件转发给安全团队。", .security, ["phishing", "安全"]),
        ("新员工入职账号开通清单", "域账号、邮箱、VPN 证书、业务系统账号（ERP、CRM）、门禁卡。Onboarding checklist: AD, mailbox, VPN, ERP/CRM, badge.", .account, ["onboarding"]),
        ("Projector shows no signal", "Try another HDMI adapter first; most 'no signal' reports are broken adapters. 投影仪无信号时先更换 HDMI 转接头。", .hardware, ["projector"]),
    ]
}
