"""The API key as a teammate pastes it: what rides along is removed and said, what cannot be a key
is refused with where to get one, and other kinds of secret are named."""

from __future__ import annotations

import pytest

from app.core.api_key import clean_key
from app.core.errors import InvalidInput
from app.core.model import KEYS_PAGE_URL, NoticeLevel
from tests.conftest import TEST_KEY


def messages(notices) -> str:
    return " | ".join(n.message for n in notices)


@pytest.mark.parametrize(
    "pasted",
    [
        TEST_KEY,
        f"  {TEST_KEY}  ",
        f"{TEST_KEY}\n",
        f"\t{TEST_KEY}\r\n",
        f'"{TEST_KEY}"',
        f"'{TEST_KEY}'",
        f"\u201c{TEST_KEY}\u201d",  # typographic quotes from a chat or a document
        f"`{TEST_KEY}`",
        f"\u200b{TEST_KEY}\ufeff",
        f"\u00a0{TEST_KEY}\u00a0",
        f"Bearer {TEST_KEY}",
        f"bearer   {TEST_KEY}",
        f"Authorization: Bearer {TEST_KEY}",
        f"api-key: {TEST_KEY}",
        f"Api-Key:{TEST_KEY}",
        f"AIMLAPI_API_KEY={TEST_KEY}",
        f'export AIMLAPI_API_KEY="{TEST_KEY}"',
        f'  "Bearer {TEST_KEY}"\n',
        f"{TEST_KEY[:16]}\n{TEST_KEY[16:]}",  # wrapped in an e-mail
        f"{TEST_KEY[:10]}\u200b{TEST_KEY[10:]}",
    ],
)
def test_clean_key_recovers_the_key_from_common_pastes(pasted: str) -> None:
    key, notices = clean_key(pasted)
    assert key == TEST_KEY
    assert TEST_KEY not in messages(notices)
    if pasted != TEST_KEY:
        assert notices, "a change to the key must be explained"


def test_clean_key_says_what_was_removed() -> None:
    _, notices = clean_key(f'  "Bearer {TEST_KEY}"\n')
    text = messages(notices).lower()
    assert "spaces" in text and "quotes" in text and "bearer" in text
    _, notices = clean_key(f"{TEST_KEY[:10]}\u200b\u200b{TEST_KEY[10:]}")
    assert "2 invisible" in messages(notices)


def test_clean_key_warns_about_spaces_inside_the_key() -> None:
    _, notices = clean_key(f"{TEST_KEY[:16]} {TEST_KEY[16:]}")
    assert notices[0].level is NoticeLevel.WARNING
    assert "whole key" in notices[0].message


def test_clean_key_clean_key_has_no_notices() -> None:
    assert clean_key(TEST_KEY) == (TEST_KEY, [])


@pytest.mark.parametrize("pasted", ["", "   ", "\n\t", '""', "Bearer ", "\u200b\u200b", "api-key:  "])
def test_clean_key_refuses_empty_and_says_where_to_get_one(pasted: str) -> None:
    with pytest.raises(InvalidInput) as info:
        clean_key(pasted)
    assert info.value.field == "api_key"
    assert KEYS_PAGE_URL in str(info.value)


@pytest.mark.parametrize("bad", ["é", "\x00", "\x07", "\x7f", "ключ", "€"])
def test_clean_key_refuses_characters_that_cannot_go_in_a_header(bad: str) -> None:
    pasted = TEST_KEY[:10] + bad + TEST_KEY[10:]
    with pytest.raises(InvalidInput) as info:
        clean_key(pasted)
    assert info.value.field == "api_key"
    message = str(info.value)
    assert "Copy the key again" in message
    assert TEST_KEY[:10] not in message and bad.strip() not in message


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("sk-proj-" + "x" * 40, "OpenAI"),
        ("sk-ant-api03-" + "x" * 40, "Anthropic"),
        ("AKIAIOSFODNN7EXAMPLE", "Amazon"),
        ("ghp_" + "a" * 36, "GitHub"),
        ("github_pat_" + "a" * 40, "GitHub"),
        ("AIza" + "b" * 35, "Google"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl", "JWT"),
        ("https://aimlapi.com/app/keys", "web address"),
    ],
)
def test_clean_key_warns_about_other_kinds_of_secret(pasted: str, words: str) -> None:
    key, notices = clean_key(pasted)
    assert key == pasted
    warnings = [n for n in notices if n.level is NoticeLevel.WARNING]
    assert warnings and words in warnings[0].message
    assert KEYS_PAGE_URL in warnings[0].message
    assert pasted not in messages(notices) or pasted == KEYS_PAGE_URL


def test_clean_key_warns_when_the_key_looks_cut_off() -> None:
    _, notices = clean_key(TEST_KEY[:12])
    assert [n.level for n in notices] == [NoticeLevel.WARNING]
    assert "too short" in notices[0].message and "12 characters" in notices[0].message
    _, notices = clean_key(TEST_KEY)
    assert notices == []
