"""Normalisation and validation of what a teammate pastes: base URL, deployment, alias, timeout, and
all of them with the key."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core.api_key import clean_key
from app.core.config import (
    InvalidInput,
    build_settings,
    builtin_model_names,
    check_alias,
    is_aimlapi_host,
    is_loopback_url,
    normalise_base_url,
    normalise_deployment,
    parse_timeout,
    suggest_alias,
)
from app.core.model import DEFAULT_BASE_URL, DEFAULT_DEPLOYMENT, NoticeLevel
from tests.conftest import TEST_KEY

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def messages(notices) -> str:
    return " | ".join(n.message for n in notices)


# --------------------------------------------------------------------------------------------- base URL


@pytest.mark.parametrize(
    ("pasted", "expected", "deployment"),
    [
        ("", DEFAULT_BASE_URL, None),
        ("   ", DEFAULT_BASE_URL, None),
        ("https://api.aimlapi.com", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com///", "https://api.aimlapi.com", None),
        ("  https://api.aimlapi.com  ", "https://api.aimlapi.com", None),
        ('"https://api.aimlapi.com"', "https://api.aimlapi.com", None),
        ("<https://api.aimlapi.com>", "https://api.aimlapi.com", None),
        ("api.aimlapi.com", "https://api.aimlapi.com", None),
        ("//api.aimlapi.com", "https://api.aimlapi.com", None),
        ("https:/api.aimlapi.com", "https://api.aimlapi.com", None),
        ("HTTPS://API.AIMLAPI.COM", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com:443/", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/openai", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/openai/", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/OpenAI", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/v1", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/v1/", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/v2/azure", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/v1/openai", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/v1/chat/completions", "https://api.aimlapi.com", None),
        ("https://api.aimlapi.com/?x=1", "https://api.aimlapi.com", None),
        (
            "https://api.aimlapi.com/openai/deployments/google/gemini-2.5-pro/chat/completions"
            "?api-version=2024-12-01-preview",
            "https://api.aimlapi.com",
            "google/gemini-2.5-pro",
        ),
        (
            "https://api.aimlapi.com/openai/deployments/google%2Fgemini-2.5-pro/chat/completions",
            "https://api.aimlapi.com",
            "google/gemini-2.5-pro",
        ),
        (
            "https://api.aimlapi.com/v1/openai/deployments/anthropic/claude-3-5-haiku",
            "https://api.aimlapi.com",
            "anthropic/claude-3-5-haiku",
        ),
        ("api.aimlapi.com/openai/deployments/gpt-4o/", "https://api.aimlapi.com", "gpt-4o"),
        ("https://gateway.corp.example/aimlapi/", "https://gateway.corp.example/aimlapi", None),
        ("http://127.0.0.1:8123", "http://127.0.0.1:8123", None),
        ("http://127.0.0.1:8123/openai/", "http://127.0.0.1:8123", None),
        ("http://127.5.6.7:80/", "http://127.5.6.7", None),
        ("http://localhost:9000", "http://localhost:9000", None),
        ("localhost:9000", "https://localhost:9000", None),
        ("http://[::1]:9000/v1", "http://[::1]:9000", None),
    ],
)
def test_normalise_base_url(pasted: str, expected: str, deployment: str | None) -> None:
    url, found, notices = normalise_base_url(pasted)
    assert (url, found) == (expected, deployment)
    if deployment:
        assert deployment in messages(notices)
    changes_meaning = "://" not in pasted or any(p in pasted.lower() for p in ("/openai", "/v1", "/v2", "?"))
    if pasted.strip() and changes_meaning:
        assert notices, "every change beyond tidying is explained"


def test_normalise_base_url_explains_what_it_removed() -> None:
    _, _, notices = normalise_base_url("https://api.aimlapi.com/openai")
    assert '"/openai"' in notices[0].message and "Cursor adds" in notices[0].message
    _, _, notices = normalise_base_url("api.aimlapi.com")
    assert "https://" in notices[0].message


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("http://api.aimlapi.com", "https://"),
        ("http://10.0.0.5:8080", "https://"),
        ("http://128.0.0.1", "https://"),
        ("ftp://api.aimlapi.com", "https://"),
        ("file:///etc/passwd", "https://"),
        ("hello", "not a valid web address"),
        ("just some words", "space"),
        ("https://", "not a valid web address"),
        ("https://exa mple.com", "space"),
        ("https://bad_host.example", "not a valid web address"),
        ("https://-x.example", "not a valid web address"),
        ("https://api.aimlapi.com:99999", "not a valid web address"),
        ("https://api.aimlapi.com:0", "port 0"),
        ("https://[not-ipv6]", "not a valid web address"),
        ("https://999.1.1.1", "not a valid web address"),
        ("https://user:secret@api.aimlapi.com", "user name or password"),
        ("https://api.aimlapi.com/é", "characters"),
        ("https://" + "a" * 3000 + ".com", "too long"),
    ],
)
def test_normalise_base_url_refuses_with_a_fix(pasted: str, words: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalise_base_url(pasted)
    assert info.value.field == "base_url"
    assert words in str(info.value)
    assert "https://api.aimlapi.com" in str(info.value), "the message shows what a good value looks like"


def test_http_is_refused_because_the_key_would_travel_unencrypted() -> None:
    with pytest.raises(InvalidInput, match="unencrypted"):
        normalise_base_url("http://api.aimlapi.com")


@pytest.mark.parametrize(
    ("url", "aimlapi", "loopback"),
    [
        ("https://api.aimlapi.com", True, False),
        ("api.aimlapi.com", True, False),
        ("https://API.aimlapi.com./", True, False),
        ("https://aimlapi.com", False, False),
        ("https://api.aimlapi.com.evil.example", False, False),
        ("https://evil.example/api.aimlapi.com", False, False),
        ("http://127.0.0.1:8000", False, True),
        ("http://127.9.9.9", False, True),
        ("http://localhost:1", False, True),
        ("http://[::1]:8000", False, True),
        ("http://[::2]:8000", False, False),
        ("", False, False),
        ("http://[broken", False, False),
    ],
)
def test_host_predicates(url: str, aimlapi: bool, loopback: bool) -> None:
    assert is_aimlapi_host(url) is aimlapi
    assert is_loopback_url(url) is loopback


# --------------------------------------------------------------------------------------------- deployment


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("google/gemini-2.5-pro", "google/gemini-2.5-pro"),
        ("  google/gemini-2.5-pro\n", "google/gemini-2.5-pro"),
        ("/google/gemini-2.5-pro", "google/gemini-2.5-pro"),
        ("google/gemini-2.5-pro/", "google/gemini-2.5-pro"),
        ('"gpt-4o"', "gpt-4o"),
        ("google%2Fgemini-2.5-pro", "google/gemini-2.5-pro"),
        ("\u200bopenai/gpt-4o", "openai/gpt-4o"),
        ("meta-llama/Llama-3.3-70B-Instruct-Turbo", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
        ("mistralai/Mixtral-8x7B-Instruct-v0.1", "mistralai/Mixtral-8x7B-Instruct-v0.1"),
        ("openai/gpt-oss-20b:free", "openai/gpt-oss-20b:free"),
        (
            "https://api.aimlapi.com/openai/deployments/google/gemini-2.5-pro/chat/completions?api-version=x",
            "google/gemini-2.5-pro",
        ),
    ],
)
def test_normalise_deployment(pasted: str, expected: str) -> None:
    name, notices = normalise_deployment(pasted)
    assert name == expected
    if pasted.strip() != expected:
        assert notices


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("", "Enter a deployment name"),
        ("   ", "Enter a deployment name"),
        ("/", "Enter a deployment name"),
        ("google gemini", "no spaces"),
        ("google/gemini 2.5", "no spaces"),
        ("google/gemini?x=1", "'?'"),
        ("google/gemini#x", "'#'"),
        ("gemini\\pro", "'\\\\'"),
        ("google//gemini", "empty"),
        ("../secret", "dot-only"),
        ("gemini-é", "a character"),
        ("https://api.aimlapi.com", "web address"),
        ("x" * 300, "too long"),
    ],
)
def test_normalise_deployment_refuses_with_an_example(pasted: str, words: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalise_deployment(pasted)
    assert info.value.field == "deployment"
    assert words in str(info.value)
    assert DEFAULT_DEPLOYMENT in str(info.value)


# --------------------------------------------------------------------------------------------- alias


@pytest.mark.parametrize(
    ("deployment", "alias"),
    [
        ("google/gemini-2.5-pro", "aimlapi-gemini-2.5-pro"),
        ("anthropic/claude-3-5-haiku", "aimlapi-claude-3-5-haiku"),
        ("gpt-4o", "aimlapi-gpt-4o"),
        ("meta-llama/Llama-3.3-70B-Instruct-Turbo", "aimlapi-llama-3.3-70b-instruct-turbo"),
        ("openai/gpt-oss-20b:free", "aimlapi-gpt-oss-20b-free"),
        ("", "aimlapi"),
    ],
)
def test_suggest_alias(deployment: str, alias: str) -> None:
    assert suggest_alias(deployment) == alias
    assert check_alias(alias) == [], "a suggested alias is always accepted by Cursor"


def test_builtin_model_list_is_loaded_from_the_data_file() -> None:
    names = builtin_model_names()
    for name in (
        "gpt-4o",
        "gpt-4.1",
        "gpt-5",
        "o3",
        "o4-mini",
        "claude-4-sonnet",
        "gemini-2.5-pro",
        "cursor-small",
    ):
        assert name in names
    assert not any(n.startswith("#") or n != n.strip() or n != n.lower() for n in names)


@pytest.mark.parametrize(
    "alias", ["gpt-4o", "GPT-4o", " claude-4-sonnet ", "gemini-2.5-pro", "o3", "cursor-small"]
)
def test_check_alias_warns_about_builtin_names(alias: str) -> None:
    notices = check_alias(alias)
    assert len(notices) == 1 and notices[0].level is NoticeLevel.WARNING and notices[0].field == "alias"
    assert "reject" in notices[0].message
    assert "aimlapi-" in notices[0].message, "it suggests a name that works"


@pytest.mark.parametrize("alias", ["", "aimlapi-gemini-2.5-pro", "acme-gemini", "gpt-4o-aimlapi"])
def test_check_alias_accepts_other_names(alias: str) -> None:
    assert check_alias(alias) == []


# ------------------------------------------------------------------------------ timeout and build


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [
        (None, 30.0),
        ("", 30.0),
        (5, 5.0),
        ("12.5", 12.5),
        ("45s", 45.0),
        ("1", 1.0),
        (300, 300.0),
        ("2,5", 2.5),
    ],
)
def test_parse_timeout(raw, seconds: float) -> None:
    assert parse_timeout(raw) == seconds


@pytest.mark.parametrize("raw", [0, 0.5, 301, -1, "abc", "nan", "inf", True, float("nan"), 10**400])
def test_parse_timeout_refuses(raw) -> None:
    with pytest.raises(InvalidInput, match="between 1 and 300") as info:
        parse_timeout(raw)
    assert info.value.field == "timeout"


def test_build_settings_defaults() -> None:
    settings, notices = build_settings(f" {TEST_KEY}\n")
    assert settings.api_key.reveal() == TEST_KEY
    assert settings.base_url == DEFAULT_BASE_URL
    assert settings.deployment == DEFAULT_DEPLOYMENT
    assert settings.alias == "aimlapi-gemini-2.5-pro"
    assert settings.timeout_s == 30.0
    assert [n.field for n in notices] == ["api_key"]
    assert TEST_KEY not in repr(settings)


def test_build_settings_takes_the_deployment_from_a_pasted_url() -> None:
    settings, _notices = build_settings(
        TEST_KEY, "https://api.aimlapi.com/openai/deployments/anthropic/claude-3-5-haiku/chat/completions"
    )
    assert (settings.base_url, settings.deployment) == (
        "https://api.aimlapi.com",
        "anthropic/claude-3-5-haiku",
    )
    assert settings.alias == "aimlapi-claude-3-5-haiku"


def test_build_settings_explicit_deployment_wins_over_the_url_and_says_so() -> None:
    settings, notices = build_settings(
        TEST_KEY,
        "https://api.aimlapi.com/openai/deployments/gpt-4o/chat/completions",
        "google/gemini-2.5-pro",
    )
    assert settings.deployment == "google/gemini-2.5-pro"
    assert any(n.level is NoticeLevel.WARNING and "gpt-4o" in n.message for n in notices)


def test_build_settings_warns_when_the_key_goes_to_another_host() -> None:
    _settings, notices = build_settings(TEST_KEY, "https://gateway.corp.example")
    warning = next(n for n in notices if n.field == "base_url")
    assert warning.level is NoticeLevel.WARNING
    assert "gateway.corp.example" in warning.message and "api.aimlapi.com" in warning.message


def test_build_settings_loopback_is_only_information() -> None:
    _, notices = build_settings(TEST_KEY, "http://127.0.0.1:5000")
    assert all(n.level is NoticeLevel.INFO for n in notices)


def test_build_settings_keeps_a_builtin_alias_but_warns() -> None:
    settings, notices = build_settings(TEST_KEY, alias="gpt-4o")
    assert settings.alias == "gpt-4o"
    assert any(n.field == "alias" and n.level is NoticeLevel.WARNING for n in notices)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"api_key": ""}, "api_key"),
        ({"api_key": TEST_KEY, "base_url": "http://example.com"}, "base_url"),
        ({"api_key": TEST_KEY, "deployment": "a b"}, "deployment"),
        ({"api_key": TEST_KEY, "alias": "two\nlines"}, "alias"),
        ({"api_key": TEST_KEY, "alias": "x" * 200}, "alias"),
        ({"api_key": TEST_KEY, "timeout_s": "0"}, "timeout"),
        ({"api_key": TEST_KEY, "base_url": TEST_KEY}, "base_url"),
        ({"api_key": TEST_KEY, "deployment": TEST_KEY}, "deployment"),
        ({"api_key": TEST_KEY, "alias": f"my-{TEST_KEY}"}, "alias"),
    ],
)
def test_build_settings_names_the_bad_field(kwargs: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        build_settings(**kwargs)
    assert info.value.field == field
    assert TEST_KEY not in str(info.value)


def test_build_settings_tells_the_user_the_key_is_in_the_wrong_field() -> None:
    with pytest.raises(InvalidInput, match="holds your API key"):
        build_settings(TEST_KEY, base_url=f"https://{TEST_KEY}.example")


def test_build_settings_accepts_none_from_the_command_line() -> None:
    settings, _ = build_settings(TEST_KEY, None, None, None, None)  # type: ignore[arg-type]
    assert settings.deployment == DEFAULT_DEPLOYMENT


# --------------------------------------------------------------------------------------------- properties

# Keys are long enough that finding one inside a fixed message could only be a leak.
KEY_ALPHABET = st.characters(min_codepoint=0x21, max_codepoint=0x7E)
keys = st.text(KEY_ALPHABET, min_size=16, max_size=64)
decorations = st.sampled_from(
    ["", " ", "\n", "\t", '"', "'", "\u200b", "\u00a0", "\ufeff", "Bearer ", "api-key: ", "\r\n", "`"]
)
noisy_text = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(list(ZERO_WIDTH + "\u00a0 \t\n\"'/:%?#@[]")),
    ),
    max_size=60,
)


@st.composite
def decorated_keys(draw) -> tuple[str, str]:
    key = draw(keys)
    before = "".join(draw(st.lists(decorations, max_size=4)))
    after = "".join(draw(st.lists(decorations, max_size=4)))
    return key, before + key + after


@given(noisy_text)
@example("Bearer  api-key: \"'x'\"")
@example("api -key:abcdefghijklmnopqrstuvwxyz")
def test_clean_key_is_idempotent_and_leaves_nothing_invisible(raw: str) -> None:
    try:
        key, _ = clean_key(raw)
    except InvalidInput as exc:
        assert exc.field == "api_key"
        return
    assert key
    assert not any(ch.isspace() or ch in ZERO_WIDTH or ch == "\u00a0" for ch in key)
    assert all(0x21 <= ord(ch) <= 0x7E for ch in key)
    again, notices = clean_key(key)
    assert again == key
    assert all(n.level is NoticeLevel.WARNING for n in notices), "a clean key needs no cleaning"


@given(decorated_keys())
def test_clean_key_never_puts_the_key_in_a_notice_or_error(pair: tuple[str, str]) -> None:
    key, raw = pair
    try:
        _, notices = clean_key(raw)
    except InvalidInput as exc:
        assert key not in str(exc)
        return
    assert key not in messages(notices)


@given(decorated_keys(), noisy_text, noisy_text, noisy_text, st.one_of(st.none(), noisy_text, st.floats()))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_build_settings_never_leaks_the_key_and_only_raises_invalid_input(
    pair, base_url, deployment, alias, timeout
):
    key, raw = pair
    try:
        settings, notices = build_settings(raw, base_url, deployment, alias, timeout)
    except InvalidInput as exc:
        assert exc.field in ("api_key", "base_url", "deployment", "alias", "timeout")
        assert key not in str(exc)
        return
    assert key not in messages(notices)
    assert settings.base_url.startswith("https://") or is_loopback_url(settings.base_url)


@given(noisy_text)
@example("https://api.aimlapi.com/openai//deployments/x")
@example("http://[::1]/openai/deployments/%2F")
@example("https://a.b/v1/openai/v1/")
def test_normalise_base_url_properties(raw: str) -> None:
    try:
        url, _found, _ = normalise_base_url(raw)
    except InvalidInput as exc:
        assert exc.field == "base_url"
        return
    assert url.startswith("https://") or (url.startswith("http://") and is_loopback_url(url))
    assert not url.endswith("/")
    again, found_again, notices_again = normalise_base_url(url)
    assert (again, found_again, notices_again) == (url, None, [])


@given(
    st.text(
        st.one_of(
            st.characters(min_codepoint=0x21, max_codepoint=0x7E), st.sampled_from(list(" /%\u200b\u00a0\n"))
        ),
        max_size=40,
    )
)
@example("%2F%2Fx")
@example("a%252Fb")
def test_normalise_deployment_properties(raw: str) -> None:
    try:
        name, _ = normalise_deployment(raw)
    except InvalidInput as exc:
        assert exc.field == "deployment"
        return
    assert name and not name.startswith("/") and not name.endswith("/")
    assert not any(ch.isspace() for ch in name)
    assert normalise_deployment(name) == (name, [])
    assert suggest_alias(name).startswith("aimlapi")
