#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/ncurses.h>

// Swift 6 rejects mutable C globals and does not import function-like macros:
// these inline accessors are the only way the console reaches them.
static inline WINDOW *hd_stdscr(void) { return stdscr; }
static inline int hd_lines(void) { return LINES; }
static inline int hd_cols(void) { return COLS; }
static inline int hd_colors(void) { return COLORS; }
static inline int hd_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t hd_a_normal(void) { return A_NORMAL; }
static inline attr_t hd_a_bold(void) { return A_BOLD; }
static inline attr_t hd_a_reverse(void) { return A_REVERSE; }
static inline attr_t hd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hd_a_dim(void) { return A_DIM; }
static inline attr_t hd_a_italic(void) { return A_ITALIC; }
static inline attr_t hd_color_pair(int n) { return COLOR_PAIR(n); }
static inline int hd_key_f(int n) { return KEY_F(n); }
static inline mmask_t hd_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t hd_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t hd_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t hd_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int hd_err(void) { return ERR; }
static inline int hd_ok(void) { return OK; }
static inline int hd_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one wide character (with its attributes and colour pair) at the cursor.
static inline int hd_add_wch(WINDOW *win, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cc;
    wchar_t wstr[2] = { ch, 0 };
    setcchar(&cc, wstr, attrs, pair, NULL);
    return wadd_wch(win, &cc);
}

/// Reads a screen row back as wide characters (for headless golden screens).
static inline int hd_read_row(WINDOW *win, int y, wchar_t *buf, int n) {
    return mvwinnwstr(win, y, 0, buf, n);
}
#endif
