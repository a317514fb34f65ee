#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#if !__has_include(<histedit.h>)
#error "libedit headers not found: install them with 'sudo apt-get install libedit-dev' (or run 'make')"
#else
#include <histedit.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
/* el_set/el_get/history are C-variadic, which Swift cannot call: wrap them. */
typedef char *(*ce_prompt_fn)(EditLine *);
typedef unsigned char (*ce_cmd_fn)(EditLine *, int);
static inline int ce_set_prompt(EditLine *el, ce_prompt_fn f) { return el_set(el, EL_PROMPT, f); }
static inline int ce_set_prompt_esc(EditLine *el, ce_prompt_fn f, char esc) {
    return el_set(el, EL_PROMPT_ESC, f, (int)esc); }   /* char is promoted to int in varargs */
static inline int ce_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int ce_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int ce_set_clientdata(EditLine *el, void *d) { return el_set(el, EL_CLIENTDATA, d); }
static inline void *ce_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
static inline int ce_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int ce_addfn(EditLine *el, const char *name, const char *help, ce_cmd_fn f) {
    return el_set(el, EL_ADDFN, name, help, f); }
static inline int ce_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, (const char *)NULL); }
static inline int ce_hist_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int ce_hist_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int ce_hist_enter(History *h, const char *s) { HistEvent ev; return history(h, &ev, H_ENTER, s); }
static inline int ce_hist_load(History *h, const char *p) { HistEvent ev; return history(h, &ev, H_LOAD, p); }
/* The oldest entry, then each newer one: NULL after the newest. */
static inline const char *ce_hist_oldest(History *h) { HistEvent ev; return history(h, &ev, H_LAST) < 0 ? NULL : ev.str; }
static inline const char *ce_hist_newer(History *h) { HistEvent ev; return history(h, &ev, H_PREV) < 0 ? NULL : ev.str; }
static inline int ce_hist_save(History *h, const char *p) { HistEvent ev; return history(h, &ev, H_SAVE, p); }
/* stdout is a C global that Swift 6 treats as unsafe shared state: buffer and flush it here. */
static inline void ce_line_buffer_stdout(void) { setvbuf(stdout, NULL, _IOLBF, 0); }
static inline void ce_flush_stdout(void) { fflush(stdout); }
static inline int ce_stdout_error(void) { return ferror(stdout); }
static inline int ce_hist_count(History *h) { HistEvent ev; return history(h, &ev, H_GETSIZE) < 0 ? -1 : ev.num; }
/* The REPL reads keys itself (signal-aware) and resizes libedit only between keys. */
static inline int ce_set_getc(EditLine *el, el_rfunc_t f) { return el_set(el, EL_GETCFN, f); }
static inline int ce_get_columns(EditLine *el) { int n = -1; return el_get(el, EL_GETTC, "co", &n) == 0 ? n : -1; }
static inline int ce_get_lines(EditLine *el) { int n = -1; return el_get(el, EL_GETTC, "li", &n) == 0 ? n : -1; }
static inline int ce_set_termcap(EditLine *el, const char *cap, const char *value) {
    return el_set(el, EL_SETTC, cap, value, (const char *)NULL); }
static inline int ce_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }
static inline int ce_is_emacs(EditLine *el) {
    const char *mode = NULL; return el_get(el, EL_EDITOR, &mode) == 0 && mode && strcmp(mode, "emacs") == 0; }
static inline void ce_write_stdout(const char *s) { fputs(s, stdout); fflush(stdout); }
/* glibc declares wcwidth only under _XOPEN_SOURCE, which the module build does not define. */
extern int wcwidth(wchar_t c);
static inline int ce_display_width(int c) { return wcwidth((wchar_t)c); }
#endif
#endif
