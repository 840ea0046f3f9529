"""What each refusal means for the person in front of the screen: what happened and what to do."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.local_time import local_time


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def study_file_error(code: str) -> str:
    """Why a course, study plan or practice file was refused."""
    changed = translate("Messages", "The file has been changed or damaged since it was issued. Do not use it; "
                                    "ask your unit admin for a new copy.")
    messages = {
        "not_a_package": translate("Messages", "This file is not a Xuefa course, study plan or practice file "
                                               "(they end in .xfc or .xfs)."),
        "truncated": translate("Messages", "The file is incomplete; copy it again and import it again."),
        "bad_signature": changed,
        "invalid_content": changed,
        "untrusted_issuer": translate("Messages", "The file was issued by an authority this station does not trust. "
                                                  "Ask the exam-centre administrator."),
        "file_unreadable": translate("Messages", "The file cannot be read. Check the USB stick or the folder and try again."),
        "too_large": translate("Messages", "This file is far too large to be a course."),
    }
    return messages.get(code, translate("Messages", "The file was refused."))


def package_error(code: str) -> str:
    messages = {
        "not_a_package": translate("Messages", "This file is not a Xuefa exam package. Check that you chose the right file "
                            "(it ends in .xfp)."),
        "truncated": translate("Messages", "The exam package is incomplete; it was probably not copied to the end. "
                        "Copy it again from the original and import it again."),
        "bad_signature": translate("Messages", "The exam package has been changed or damaged since it was issued. "
                            "Do not use it; ask the exam office for a new copy."),
        "body_tampered": translate("Messages", "The exam package has been changed or damaged since it was issued. "
                            "Do not use it; ask the exam office for a new copy."),
        "untrusted_issuer": translate("Messages", "The exam package was issued by an authority this station does not trust. "
                               "Ask the exam-centre administrator."),
        "unsupported_version": translate("Messages", "The exam package was made by a newer version of Xuefa. "
                                  "Update this station."),
        "wrong_start_code": translate("Messages", "The start code is not right. Check it with the proctor and type it again."),
        "no_proctor_key": translate("Messages", "This exam package was made before proctor passwords had their own "
                                                "key (December 2026): it has no proctor codes. Ask the exam office "
                                                "to build it again."),
        "wrong_proctor_password": translate("Messages", "The proctor password is not right for this exam. It is the "
                                                        "password on the proctor's sheet (not the start code)."),
        "weak_kdf": translate("Messages", "The exam package does not meet this station's security settings. "
                       "Ask the exam office for a new copy."),
        "invalid_content": translate("Messages", "The exam package's content cannot be read. Ask the exam office for a new copy."),
        "exam_closed": translate("Messages", "This exam's window has already ended, so the package was not imported."),
        "file_unreadable": translate("Messages", "The file cannot be read. Check the USB stick or the folder and try again."),
        "too_large": translate("Messages", "This file is far too large to be an exam package."),
        "not_for_this_centre": translate("Messages", "This exam package was not issued for the exam centre this "
                                                     "station sends its results to, so results of this exam could "
                                                     "never be counted there. It was not imported. Ask the exam "
                                                     "office for the package issued for your centre."),
        "withdrawn": translate("Messages", "This exam package has been withdrawn by the exam office and cannot be "
                                           "used. Ask the exam office for the current package."),
    }
    return messages.get(code, translate("Messages", "The exam package was refused."))


def attempt_refused(code: str, places: tuple[dict, ...] = (), detail: str = "") -> str:
    """``places``: for no_attempts_left, where the earlier attempts were sat (AttemptRefused.places);
    ``detail``: AttemptRefused.detail (for sitting_not_yet, when the sitting starts; for
    clock_before_package, when the exam was made)."""
    if code == "sitting_not_yet":
        return translate("Messages", "Your sitting of this exam starts at %1. The start code opens the exam only "
                                     "from an hour before the sitting: wait for the proctor to start it.").replace(
            "%1", local_time(detail))
    if code == "clock_before_package":
        return translate("Messages", "This computer's date and time are earlier than when this exam was made (%1), "
                                     "so the exam cannot start. Raise your hand: the proctor or IT sets the "
                                     "computer's date and time right, then start again. If this computer's date "
                                     "is right, the exam was built on a PC whose date was wrong: the exam office "
                                     "builds it again.").replace("%1", local_time(detail))
    if code == "no_attempts_left" and places:
        return translate("Messages", "You have used all your attempts at this exam (sat before: %1). If you think "
                                       "this is wrong, ask the exam office.").replace(
            "%1", "; ".join(_place(p) for p in places))
    return {
        "key_needed": translate("Messages", "The exam program or this computer was restarted during the exam, so "
                                            "the exam opens again only with its start code. Raise your hand: the "
                                            "proctor types it. Your answers are saved."),
        "window_not_open": translate("Messages", "This exam has not opened yet."),
        "window_closed": translate("Messages", "This exam's window has ended."),
        "no_attempts_left": translate("Messages", "You have used all your attempts at this exam. If you think this "
                                                  "is wrong, ask the exam office."),
        "recorded_missing": translate("Messages", "The proctor recorded you as absent from this exam's sitting, "
                                                  "so it cannot be started here. Ask the exam office about a "
                                                  "make-up exam."),
        "handed_in_here": translate("Messages", "You have handed in this exam in this sitting. A further attempt "
                                                "is sat in another sitting (a make-up) that the exam centre "
                                                "arranges; ask the proctor."),
        "sitting_closed": translate("Messages", "Your sitting of this exam has been closed by the proctor, so the "
                                                "exam cannot be started in it. Ask the exam office about a make-up "
                                                "exam."),
        "clock_behind": translate("Messages", "This computer's clock is behind the time the station has already "
                                              "seen, so the exam cannot start by itself. Raise your hand: the "
                                              "proctor needs the code shown to give you a start code."),
        "sitting_unconfirmed": translate("Messages", "This station cannot reach the centre server to confirm that "
                                                     "your sitting is still open. Raise your hand: the proctor "
                                                     "needs the code shown to give you a start code."),
        "wrong_code": translate("Messages", "That is not the proctor's start code for the code shown. Check it "
                                            "with the proctor and type it again."),
        "not_eligible": translate("Messages", "This exam is not for your unit or position, or you are exempt from it. "
                                              "If you think this is wrong, ask your unit's administrator."),
        "points_short": translate("Messages", "This exam opens when you have the study points it asks for. "
                                              "Go to Study to see what is missing."),
    }.get(code, translate("Messages", "The exam cannot be started."))


def _place(attempt: dict) -> str:
    """Where and when an earlier attempt was sat, e.g. "room 301, station pc-07, 2026-09-28 09:41"."""
    when = local_time(attempt.get("submitted_at", ""))
    if attempt.get("here"):
        return translate("Messages", "on this computer, %1").replace("%1", when)
    return translate("Messages", "room %1, station %2, %3").replace("%1", attempt.get("room") or "?").replace(
        "%2", attempt.get("device_id") or "?").replace("%3", when)


def password_problem(code: str) -> str:
    return {
        "too_short": translate("Messages", "The new password needs at least 12 characters."),
        "too_long": translate("Messages", "The new password may have at most 128 characters."),
        "common_password": translate("Messages", "This password is one of the most common ones and easy to guess. "
                                                 "Choose another, for example a few words you will remember."),
        "too_simple": translate("Messages", "This password is only spaces or a few repeated keys and easy to guess. "
                                             "Choose another, for example a few words you will remember."),
        "same_as_old": translate("Messages", "The new password must differ from the old one."),
        "contains_user_name": translate("Messages", "The new password must not contain your learner number."),
        "wrong_old_password": translate("Messages", "The current password is not right."),
        "mismatch": translate("Messages", "The two new passwords are not the same."),
    }.get(code, code)


def not_saved() -> str:
    return translate("Messages", "NOT SAVED. Raise your hand and call the proctor. Do not close the exam; "
              "what was saved before is safe.")
