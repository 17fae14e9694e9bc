package io.arrears.notice.rendering;

/** The per-household notices of SPEC §3, named as {@code export notices} lists them. */
public enum NoticeKind {
    /** 催缴通知书, numbered 1 to 10. */
    REMINDER,
    /** 律师函, number 0. */
    LAWYER_LETTER
}
