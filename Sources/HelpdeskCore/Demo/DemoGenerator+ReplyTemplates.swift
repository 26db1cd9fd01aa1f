/// The canned replies shipped with the demo, in Chinese and English, using every placeholder.
extension DemoGenerator {
    /// (title, body) pairs; every body passes `ReplyTemplate.validated`.
    public func replyTemplates() -> [(title: String, body: String)] {
        [
            ("密码重置", """
                {requester}，您好：

                您的账号密码已重置，临时密码已通过短信发送。请在首次登录后立即修改密码，新密码至少 8 位，包含字母和数字。
                如仍无法登录，请直接回复本工单（{ticket}）。

                {engineer}
                """),
            ("VPN 排查", """
                {requester}，您好：

                关于“{title}”，请先按以下步骤排查：
                1. 确认电脑已连接互联网，能正常打开外部网站；
                2. 退出 VPN 客户端后重新登录，并确认使用的是公司账号；
                3. 如提示证书错误，请将截图回复到本工单。
                我们预计在 {due} 前解决（{category}类问题，工单 {ticket}）。

                {engineer}
                """),
            ("已收到，正在处理", """
                {requester}，您好：

                您的问题（{ticket}：{title}）已由 {engineer} 受理，正在处理中。预计解决时间：{due}。
                """),
            ("We are looking into it", """
                Hello {requester},

                Thank you for reporting "{title}". We are looking into it and will update you as soon as we know more.
                Expected resolution: {due}. Please quote {ticket} in any reply.

                {engineer}
                IT Support
                """),
            ("Waiting for your reply", """
                Hello {requester},

                To continue with {ticket} we need a little more from you: the exact error message, a screenshot, and when it started.
                The resolution clock is paused until you reply.

                {engineer}
                """),
            ("Password reset done", """
                Hello {requester},

                Your password has been reset and a temporary one sent to your phone. Please change it at your next sign-in.
                If you still cannot sign in, reply to this message and mention {ticket}.

                {engineer}
                """),
        ]
    }
}
