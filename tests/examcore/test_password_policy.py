"""The one password rule (ASVS 5 V6.2) shared by the server and the station."""
from __future__ import annotations

from examcore.password_policy import common_passwords, describe, password_problems


def test_length_the_common_list_and_the_user_name_and_no_composition_rules():
    assert len(common_passwords()) > 20_000 and "password" in common_passwords()
    assert password_problems("wang", "password12") == ["too_short", "common_password"]
    for stretched in ("qwerty1234", "qwerty123456", "Password2026!", "iloveyou1234"):
        assert "common_password" in password_problems("wang", stretched), stretched
    # guessed at once, but on no list: said as what it is, not "one of the most used" (issue 20)
    for simple in ("123412341234", "!!!!!!!!!!!!", " " * 12, "1 1 1 1 1 1 "):
        assert password_problems("wang", simple) == ["too_simple"], simple
    assert password_problems("wang", "1 2 3 4 5 6 7 8") == ["common_password"]   # 12345678 with spaces
    assert password_problems("wang", "p a s s w o r d 1") == ["common_password"]
    assert password_problems("wang", "my-name-is-WANG-ok") == ["contains_user_name"]
    # no "needs a digit / capital / symbol": a long phrase of plain words is a good password
    assert password_problems("wang", "correct horse battery staple") == []
    assert password_problems("wang", "只用中文也可以的长密码一二三") == []
    assert password_problems("", "x" * 129) == ["too_long"]
    assert password_problems("wang", "") == ["too_short"]   # not also "one of the most used" (issue 20)
    assert describe(["too_short", "common_password"]).startswith("the password must have at least 12 characters and not be a")
