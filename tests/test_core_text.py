"""Core's translatable messages: a Text is the English sentence, and keeps what a translation needs."""

from __future__ import annotations

import json
import pickle

from app.core.text import Text


def test_a_text_is_the_english_sentence_wherever_a_str_goes() -> None:
    message = Text("The service has no model called “{model}”.", model="openai/gpt-5")
    assert message == "The service has no model called “openai/gpt-5”."
    assert isinstance(message, str)
    assert json.dumps({"message": message}) == json.dumps({"message": str(message)})
    assert f"{message}" == str(message)
    assert message.template == "The service has no model called “{model}”."
    assert message.values == {"model": "openai/gpt-5"}


def test_a_text_survives_pickling_even_when_a_value_holds_braces() -> None:
    """Worker processes send results back pickled: the template must come back, not the sentence."""
    message = Text("Wait {seconds:.0f} s before trying {what} again.", seconds=2.4, what="{odd}")
    back = pickle.loads(pickle.dumps(message))
    assert back == "Wait 2 s before trying {odd} again."
    assert isinstance(back, Text)
    assert back.template == message.template and back.values == message.values


def test_literal_braces_are_written_twice() -> None:
    assert Text("Use {{name}} in the field, not {name}.", name="x") == "Use {name} in the field, not x."
