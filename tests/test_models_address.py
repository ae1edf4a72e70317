"""`models` asks the same service as `verify` and the window: the address given, else the one
saved by the window, else the preset's, else AI/ML API's."""

from __future__ import annotations

from app.core import settings_store
from tests.cli_process import run_cli


def test_models_uses_the_saved_address_like_verify(sim_url: str) -> None:
    settings_store.save_settings({"base_url": sim_url})
    ran = run_cli("models", "--json")
    assert ran.code == 0, ran.err
    assert f'"base_url": "{sim_url}"' in ran.out and '"source": "live"' in ran.out


def test_an_address_given_wins_over_the_saved_one(sim_url: str) -> None:
    settings_store.save_settings({"base_url": "http://127.0.0.1:9"})  # nothing listens there
    ran = run_cli("models", "--json", "--base-url", sim_url)
    assert ran.code == 0, ran.err
    assert '"source": "live"' in ran.out


def test_help_says_where_the_address_comes_from() -> None:
    for command in ("models", "verify"):
        ran = run_cli(command, "--help")
        assert "saved, the preset's" in " ".join(ran.out.split()), ran.out
