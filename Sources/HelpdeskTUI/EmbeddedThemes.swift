/// The default and mono themes compiled in, so the binary works with no theme files on disk.
///
/// They are the same text as themes/default.theme and themes/mono.theme; a test keeps them equal.
enum EmbeddedThemes {
    static let standard = """
# helpdesk theme "default": coloured accents on the terminal's own background,
# readable on dark and light terminals alike.
# Format: one role per line,  role = foreground background [attributes...]
#   colours:    default (the terminal's own), black red green yellow blue magenta cyan white,
#               bright-<name>, or an xterm palette number 0-255
#   attributes: bold dim reverse underline italic, or none
# Roles left out look like "normal". On 8-colour terminals numbers become the nearest
# basic colour; with NO_COLOR set (or no colour at all) the mono theme is used instead.
# See themes/README.md.
normal         = default default
header         = 255 24 bold
tab            = 252 238
tab.active     = 16 214 bold
selection      = 16 117
muted          = 245 default
priority.p1    = 196 default bold
priority.p2    = 208 default bold
priority.p3    = 39 default
priority.p4    = 245 default
sla.breached   = 196 default bold
sla.at_risk    = 214 default bold
sla.ok         = 35 default
major_incident = 231 160 bold
status_bar     = 255 24
border         = 245 default
error          = 231 160 bold
notice         = 16 114
note           = 136 default
match          = 16 221 bold
"""

    static let mono = """
# helpdesk theme "mono": no colour at all, only bold, dim, reverse and underline.
# Used automatically when NO_COLOR is set or the terminal has no colours.
# Format: one role per line,  role = foreground background [attributes...]
#   colours:    default (the terminal's own), black red green yellow blue magenta cyan white,
#               bright-<name>, or an xterm palette number 0-255
#   attributes: bold dim reverse underline italic, or none
# Roles left out look like "normal". On 8-colour terminals numbers become the nearest
# basic colour; with NO_COLOR set (or no colour at all) the mono theme is used instead.
# See themes/README.md.
normal         = default default
header         = default default bold reverse
tab            = default default reverse
tab.active     = default default bold underline
selection      = default default reverse
muted          = default default dim
priority.p1    = default default bold underline
priority.p2    = default default bold
priority.p3    = default default
priority.p4    = default default dim
sla.breached   = default default bold reverse
sla.at_risk    = default default bold underline
sla.ok         = default default
major_incident = default default bold reverse
status_bar     = default default reverse
border         = default default dim
error          = default default bold reverse
notice         = default default bold
note           = default default italic
match          = default default bold underline
"""
}
