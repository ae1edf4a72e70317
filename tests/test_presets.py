"""One preset file: what it sets and locks, and messages IT can act on. (Where presets are found
and how they combine: test_preset_service.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core.model import DEFAULT_BASE_URL, DEFAULT_DEPLOYMENT, DEFAULT_TIMEOUT_S
from app.core.presets import Preset, PresetError, load_preset, read_preset

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "preset.toml"


def preset_text(org: str) -> str:
    return f'[organisation]\nname = "{org}"\n'


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------- content


def test_the_example_preset(tmp_path: Path) -> None:
    preset = load_preset(EXAMPLE)
    assert preset == Preset(
        path=EXAMPLE,
        org_name="Acme IT",
        help_url="https://intranet.example/cursor",
        base_url="https://api.aimlapi.com",
        deployment="google/gemini-2.5-pro",
        alias="acme-gemini",
        allowed_deployments=("google/gemini-2.5-pro", "anthropic/claude-3-5-haiku"),
        locked=frozenset({"base_url", "deployment"}),
        timeout_s=30.0,
    )
    assert preset.is_locked("deployment") and not preset.is_locked("alias")


def test_values_go_through_the_same_normalisation_as_typed_ones(tmp_path: Path) -> None:
    path = put(
        tmp_path / "p.toml",
        '[cursor]\nbase_url = "api.aimlapi.com/openai/"\ndeployment = " /google%2Fgemini-2.5-pro "\n'
        'alias = " acme "\n'
        'allowed_deployments = ["google/gemini-2.5-pro", "/google/gemini-2.5-pro", "gpt-4o"]\n',
    )
    preset = read_preset(path)
    assert preset.base_url == "https://api.aimlapi.com"
    assert preset.deployment == "google/gemini-2.5-pro"
    assert preset.alias == "acme"
    assert preset.allowed_deployments == ("google/gemini-2.5-pro", "gpt-4o")


def test_an_empty_file_is_a_preset_with_nothing_set(tmp_path: Path) -> None:
    preset = read_preset(put(tmp_path / "p.toml", "# nothing yet\n"))
    assert preset == Preset(path=tmp_path / "p.toml")
    assert preset.allows("anything/at-all") and preset.default_deployment() == DEFAULT_DEPLOYMENT


def test_windows_notepad_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_bytes(b"\xef\xbb\xbf" + preset_text("Acme").encode())
    assert read_preset(path).org_name == "Acme"


# --------------------------------------------------------------------------------------------- locking


def test_locked_fields_always_carry_a_value(tmp_path: Path) -> None:
    path = put(tmp_path / "p.toml", '[lock]\nfields = ["base_url", "deployment", "alias", "timeout"]\n')
    preset = read_preset(path)
    assert preset.locked == frozenset({"base_url", "deployment", "alias", "timeout"})
    assert preset.base_url == DEFAULT_BASE_URL
    assert preset.deployment == DEFAULT_DEPLOYMENT
    assert preset.alias == "aimlapi-gemini-2.5-pro"
    assert preset.timeout_s == DEFAULT_TIMEOUT_S


def test_locked_deployment_allows_only_itself(tmp_path: Path) -> None:
    path = put(
        tmp_path / "p.toml",
        '[cursor]\ndeployment = "gpt-4o"\nallowed_deployments = ["gpt-4o", "openai/gpt-4.1"]\n'
        '[lock]\nfields = ["deployment"]\n',
    )
    preset = read_preset(path)
    assert preset.allows("gpt-4o")
    assert not preset.allows("openai/gpt-4.1")


def test_allowed_deployments_limit_the_choice(tmp_path: Path) -> None:
    path = put(
        tmp_path / "p.toml", '[cursor]\nallowed_deployments = ["anthropic/claude-3-5-haiku", "gpt-4o"]\n'
    )
    preset = read_preset(path)
    assert preset.allows("gpt-4o") and not preset.allows(DEFAULT_DEPLOYMENT)
    assert preset.default_deployment() == "anthropic/claude-3-5-haiku"
    assert preset.deployment is None


def test_locking_a_single_allowed_deployment_uses_it(tmp_path: Path) -> None:
    path = put(
        tmp_path / "p.toml", '[cursor]\nallowed_deployments = ["gpt-4o"]\n[lock]\nfields = ["deployment"]\n'
    )
    assert read_preset(path).deployment == "gpt-4o"


# --------------------------------------------------------------------------------------------- errors

BAD_PRESETS = [
    # (file text, line, key, words in the message)
    ('[organisation]\nname = "Acme"\n\n[cursor]\ndeployment = 5\n', 5, "cursor.deployment", "must be text"),
    ('[organisation]\nname = ["Acme"]\n', 2, "organisation.name", "not a list"),
    ("[cursor]\nbase_url = true\n", 2, "cursor.base_url", "not true/false"),
    ('[cursor]\ntimeout = "fast"\n', 2, "cursor.timeout", "number of seconds"),
    ("[cursor]\ntimeout = 900\n", 2, "cursor.timeout", "between 1 and 300"),
    ('[cursor]\nallowed_deployments = "gpt-4o"\n', 2, "cursor.allowed_deployments", "must be a list"),
    ("[cursor]\nallowed_deployments = []\n", 2, "cursor.allowed_deployments", "empty list"),
    (
        '[cursor]\nallowed_deployments = [\n  "gpt-4o",\n  "bad name",\n]\n',
        4,
        "cursor.allowed_deployments",
        "no spaces",
    ),
    ('[cursor]\nallowed_deployments = ["gpt-4o", 7]\n', 2, "cursor.allowed_deployments", "text in quotes"),
    ('[cursr]\nalias = "x"\n', 1, "cursr", "unknown table"),
    ('# IT\n[cursor]\ncolour = "blue"\n', 3, "cursor.colour", "unknown key"),
    ('name = "Acme"\n[cursor]\n', 1, "name", "outside any table"),
    ("cursor = 3\n", 1, "cursor", "must be a table"),
    ('[cursor]\nbase_url = "http://api.aimlapi.com"\n', 2, "cursor.base_url", "https://"),
    ('[cursor]\nbase_url = "not a url"\n', 2, "cursor.base_url", "space"),
    (
        '[cursor]\nbase_url = "https://api.aimlapi.com/openai/deployments/gpt-4o/chat/completions"\n',
        2,
        "cursor.base_url",
        "put gpt-4o in deployment",
    ),
    ('[cursor]\ndeployment = "a b"\n', 2, "cursor.deployment", "no spaces"),
    ('[cursor]\ndeployment = "  "\n', 2, "cursor.deployment", "is empty"),
    ('[cursor]\nalias = "two\\nlines"\n', 2, "cursor.alias", "line break"),
    (
        '[cursor]\ndeployment = "gpt-4o"\nallowed_deployments = ["google/gemini-2.5-pro"]\n',
        2,
        "cursor.deployment",
        "not in allowed_deployments",
    ),
    ('[organisation]\nhelp_url = "intranet/cursor"\n', 2, "organisation.help_url", "https://"),
    ('[lock]\nfields = "base_url"\n', 2, "lock.fields", "must be a list"),
    ('[lock]\nfields = [\n  "base_url",\n  "colour",\n]\n', 4, "lock.fields", "cannot lock 'colour'"),
    (
        '[cursor]\nallowed_deployments = ["gpt-4o", "o3"]\n[lock]\nfields = ["deployment"]\n',
        4,
        "lock.fields",
        "Set deployment",
    ),
    ("cursor = {deployment = 3}\n", 1, "cursor.deployment", "must be text"),
    ("[cursor]\ncursor.deployment = 3\n", 2, "cursor.cursor", "unknown key"),
    # TOML syntax errors: tomllib gives the line, we add the key written on it.
    ('[cursor]\ndeployment = "gpt-4o\n', 2, "deployment", "not valid TOML"),
    ("[cursor]\n\nalias = acme\n", 3, "alias", "not valid TOML"),
    ('[cursor]\nalias = "a"\nalias = "b"\n', 3, "alias", "not valid TOML"),
]


@pytest.mark.parametrize(("text", "line", "key", "words"), BAD_PRESETS)
def test_every_error_names_the_file_the_line_and_the_key(tmp_path: Path, text, line, key, words) -> None:
    path = put(tmp_path / "preset.toml", text)
    with pytest.raises(PresetError) as info:
        read_preset(path)
    error = info.value
    message = str(error)
    assert message.startswith(f"{path}, line {line}: "), message
    assert (error.path, error.line, error.key) == (path, line, key)
    assert key.rsplit(".", 1)[-1] in message
    assert words in message
    assert "Traceback" not in message and "\n" not in message


def test_non_utf8_bytes_name_the_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "preset.toml"
    path.write_bytes(b'[organisation]\nname = "Acme"\n[cursor]\nalias = "caf\xe9"\n')
    with pytest.raises(PresetError) as info:
        read_preset(path)
    assert (info.value.line, info.value.key) == (4, "alias")
    assert str(info.value).startswith(f"{path}, line 4: ") and "UTF-8" in str(info.value)


def test_huge_files_are_refused_without_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "preset.toml"
    with path.open("wb") as fh:
        fh.write(b"# " + b"x" * 100 + b"\n")
        fh.truncate(5 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(PresetError) as info:
        read_preset(path)
    assert str(path) in str(info.value) and "right file" in str(info.value)


def test_a_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "preset.toml"
    path.write_text(preset_text("Acme") + "#" * (1024 * 1024 - 40) + "\n", encoding="utf-8")
    assert read_preset(path).org_name == "Acme"


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    # A folder where the file should be is unreadable for every user, root included.
    path = tmp_path / "preset.toml"
    path.mkdir()
    with pytest.raises(PresetError) as info:
        read_preset(path)
    assert str(path) in str(info.value) and "cannot read" in str(info.value)


def test_preset_error_is_a_value_error_for_callers_that_catch_bad_input() -> None:
    assert issubclass(PresetError, ValueError)


# --------------------------------------------------------------------------------------------- fuzzing

TOML_VALUES = st.sampled_from(
    [
        '"google/gemini-2.5-pro"',
        '"https://api.aimlapi.com"',
        '""',
        '"a b"',
        "5",
        "0",
        "301",
        "true",
        "1.5",
        '["gpt-4o"]',
        "[]",
        '[1, "x"]',
        "{a = 1}",
        '"gpt-4o"',
        '"base_url"',
        '"\\u0000"',
        "nan",
    ]
)
TOML_KEYS = st.sampled_from(
    ["name", "help_url", "base_url", "deployment", "alias", "allowed_deployments", "timeout", "fields", "x"]
)
TOML_TABLES = st.sampled_from(["organisation", "cursor", "lock", "other"])


@st.composite
def toml_documents(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"[{draw(TOML_TABLES)}]")
        for key in draw(st.lists(TOML_KEYS, max_size=4, unique=True)):
            lines.append(f"{key} = {draw(TOML_VALUES)}")
    return "\n".join(lines) + "\n"


@given(
    st.one_of(
        toml_documents().map(str.encode), st.binary(max_size=200), st.text(max_size=100).map(str.encode)
    )
)
@example(b'"a\\nb" = 1\n')
@example(b'[cursor]\n"dep\\u0000" = 1\n')
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_file_gives_a_preset_or_a_preset_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_bytes(data)
    try:
        preset = read_preset(path)
    except PresetError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    for field in preset.locked:
        assert getattr(preset, "timeout_s" if field == "timeout" else field) is not None
    if preset.allowed_deployments and preset.deployment:
        assert preset.deployment in preset.allowed_deployments
