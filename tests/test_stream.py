"""Stream assembly: every quirk of docs/wire.md, in any split, through httpx2's own event parser.

The property tests render a streamed answer (text and tool-call pieces, with the quirks Azure-style
services send) as server-sent-event bytes, cut those bytes at random places, and read them back
with ``httpx2.EventSource`` exactly as the client does: the text and the tool calls must come back
whole, whatever the cut.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.stream import MalformedChunk, StreamAssembler, ToolCall, content_text, tool_calls_from_message

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _choice(delta: dict[str, Any] | None = None, finish: str | None = None) -> dict[str, Any]:
    return {"index": 0, "delta": delta if delta is not None else {}, "finish_reason": finish}


def _chunk(*choices: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "model": "m",
        "choices": list(choices),
        **top,
    }


def build_chunks(
    text_pieces: list[str],
    calls: list[tuple[str, list[str]]],
    *,
    interleave: list[int] | None = None,
    finish: str = "stop",
) -> list[dict[str, Any]]:
    """The chunks an Azure-style service sends for this answer, with every quirk of docs/wire.md."""
    chunks: list[dict[str, Any]] = [
        # First chunk: no choices, only the prompt filter results.
        {
            "id": "",
            "choices": [],
            "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {}}],
        },
        _chunk(_choice({"role": "assistant", "content": ""})),  # role-only delta
        _chunk(_choice({})),  # empty delta
    ]
    chunks += [_chunk(_choice({"content": piece})) for piece in text_pieces]
    # Tool call pieces: the first carries id, type and name; later ones only argument fragments.
    queues: list[list[dict[str, Any]]] = []
    for i, (name, fragments) in enumerate(calls):
        first = {
            "index": i,
            "id": f"call_{i}",
            "type": "function",
            "function": {"name": name, "arguments": ""},
        }
        queues.append([first] + [{"index": i, "function": {"arguments": f}} for f in fragments])
    order = interleave or []
    pending = [q for q in queues if q]
    pos = 0
    while pending:
        pick = order[pos % len(order)] % len(pending) if order else 0
        pos += 1
        piece = pending[pick].pop(0)
        chunks.append(_chunk(_choice({"tool_calls": [piece]})))
        pending = [q for q in pending if q]
    chunks.append(_chunk(_choice({}, finish)))  # finish_reason alone, empty delta
    chunks.append(
        {
            "id": "chatcmpl-1",
            "choices": [],
            "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
        }
    )
    return chunks


def render_sse(chunks: list[dict[str, Any]], *, crlf: bool, space: bool, comments: bool) -> bytes:
    nl = "\r\n" if crlf else "\n"
    prefix = "data: " if space else "data:"
    out = []
    if comments:
        out.append(f": keep-alive{nl}{nl}")
    for i, chunk in enumerate(chunks):
        out.append(f"{prefix}{json.dumps(chunk, ensure_ascii=False)}{nl}{nl}")
        if comments and i % 2:
            out.append(f":{nl}")
    out.append(f"{prefix}[DONE]{nl}{nl}")
    return "".join(out).encode("utf-8")


def cut(data: bytes, points: list[int]) -> list[bytes]:
    marks = sorted({p % (len(data) + 1) for p in points} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(marks) if b > a]


def read_back(pieces: list[bytes]) -> StreamAssembler:
    """Parse the pieces as the client does: httpx2's EventSource over a real httpx2 Response."""
    response = httpx2.Response(
        200,
        headers={"content-type": "text/event-stream"},
        content=iter(pieces),
        request=httpx2.Request("POST", "http://127.0.0.1/openai/deployments/m/chat/completions"),
    )
    assembler = StreamAssembler()
    for event in httpx2.EventSource(response):
        assembler.feed_data(event.data)
        if assembler.saw_done:
            break
    return assembler


# --- examples ------------------------------------------------------------------------------------


def test_quirks_of_an_azure_style_stream_give_the_whole_answer() -> None:
    chunks = build_chunks(["Hel", "lo", " wörld ✓"], [])
    asm = StreamAssembler()
    added = [asm.feed(c) for c in chunks]
    assert asm.text == "Hello wörld ✓"
    assert added[:3] == ["", "", ""]  # filter results, role-only and empty deltas add nothing
    assert asm.finish_reason == "stop"
    assert asm.usage == {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}
    assert asm.tool_calls == []
    assert not asm.saw_done
    assert asm.feed_data("[DONE]") == "" and asm.saw_done


def test_tool_call_pieces_are_joined_by_index() -> None:
    chunks = build_chunks(
        [], [("get_weather", ['{"ci', 'ty": "Pa', 'ris"}']), ("other", ["{}"])], interleave=[1, 0]
    )
    asm = StreamAssembler()
    for c in chunks:
        asm.feed(c)
    assert [c.name for c in asm.tool_calls] == ["get_weather", "other"]
    assert asm.tool_calls[0].id == "call_0"
    assert asm.tool_calls[0].parsed_arguments() == {"city": "Paris"}
    assert asm.tool_calls[1].parsed_arguments() == {}


def test_tool_call_pieces_without_index_continue_the_last_call() -> None:
    asm = StreamAssembler()
    asm.feed(
        _chunk(_choice({"tool_calls": [{"id": "a", "function": {"name": "get_weather", "arguments": "{"}}]}))
    )
    asm.feed(_chunk(_choice({"tool_calls": [{"function": {"arguments": '"city": "Oslo"}'}}]})))
    asm.feed(_chunk(_choice({"tool_calls": [{"id": "b", "function": {"name": "x", "arguments": "{}"}}]})))
    assert [(c.id, c.name, c.arguments) for c in asm.tool_calls] == [
        ("a", "get_weather", '{"city": "Oslo"}'),
        ("b", "x", "{}"),
    ]


def test_bad_tool_arguments_raise_value_error_only_when_parsed() -> None:
    call = ToolCall("c", "get_weather", '{"city": "Par')
    with pytest.raises(ValueError):
        call.parsed_arguments()
    with pytest.raises(ValueError):
        ToolCall("c", "get_weather", "[1, 2]").parsed_arguments()  # JSON, but not an object


def test_whole_message_tool_calls_and_content_parts() -> None:
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            },
            "junk",
            {"id": "call_2", "function": {"name": "get_weather", "arguments": {"city": "Rome"}}},
        ],
    }
    calls = tool_calls_from_message(message)
    assert [c.parsed_arguments()["city"] for c in calls] == ["Paris", "Rome"]
    assert tool_calls_from_message({"content": "hi"}) == []
    assert content_text([{"type": "text", "text": "a"}, {"type": "image"}, "b"]) == "ab"
    assert content_text(None) == ""


def test_error_object_inside_a_stream_is_kept_for_diagnosis() -> None:
    asm = StreamAssembler()
    asm.feed({"error": {"message": "Internal server error", "code": 500}})
    assert asm.error == {"message": "Internal server error", "code": 500}


def test_malformed_event_data_is_a_malformed_chunk() -> None:
    asm = StreamAssembler()
    with pytest.raises(MalformedChunk):
        asm.feed_data('{"choices": [')
    with pytest.raises(MalformedChunk):
        asm.feed_data("[1, 2]")
    assert asm.feed_data("   ") == ""


# --- properties ----------------------------------------------------------------------------------

text_piece = st.text(min_size=1, max_size=12)
fragments = st.lists(st.text(max_size=6), min_size=0, max_size=6)


@FAST
@given(
    pieces=st.lists(text_piece, max_size=8),
    city=st.text(max_size=20),
    arg_cuts=st.lists(st.integers(0, 60), max_size=5),
    extra_call=st.booleans(),
    interleave=st.lists(st.integers(0, 3), max_size=6),
    crlf=st.booleans(),
    space=st.booleans(),
    comments=st.booleans(),
    byte_cuts=st.lists(st.integers(0, 10_000), max_size=25),
)
def test_any_split_of_the_stream_assembles_the_same_answer(
    pieces: list[str],
    city: str,
    arg_cuts: list[int],
    extra_call: bool,
    interleave: list[int],
    crlf: bool,
    space: bool,
    comments: bool,
    byte_cuts: list[int],
) -> None:
    args = json.dumps({"city": city})
    arg_marks = sorted({c % (len(args) + 1) for c in arg_cuts} | {0, len(args)})
    arg_fragments = [args[a:b] for a, b in itertools.pairwise(arg_marks)]
    calls = [("get_weather", arg_fragments)] + ([("noop", ["{", "}"])] if extra_call else [])
    chunks = build_chunks(pieces, calls, interleave=interleave, finish="tool_calls")
    data = render_sse(chunks, crlf=crlf, space=space, comments=comments)

    asm = read_back(cut(data, byte_cuts))

    assert asm.saw_done
    assert asm.text == "".join(pieces)
    assert asm.finish_reason == "tool_calls"
    assert asm.usage is not None and asm.usage["total_tokens"] == 8
    assert asm.tool_calls[0].name == "get_weather"
    assert asm.tool_calls[0].parsed_arguments() == {"city": city}
    assert len(asm.tool_calls) == (2 if extra_call else 1)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
chunk_like = st.fixed_dictionaries(
    {},
    optional={
        "choices": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "index": json_values,
                    "finish_reason": json_values,
                    "delta": st.fixed_dictionaries(
                        {},
                        optional={
                            "content": json_values,
                            "role": json_values,
                            "tool_calls": st.lists(
                                st.fixed_dictionaries(
                                    {},
                                    optional={
                                        "index": json_values,
                                        "id": json_values,
                                        "function": st.fixed_dictionaries(
                                            {}, optional={"name": json_values, "arguments": json_values}
                                        )
                                        | json_values,
                                    },
                                )
                                | json_values,
                                max_size=3,
                            )
                            | json_values,
                        },
                    )
                    | json_values,
                    "message": json_values,
                },
            )
            | json_values,
            max_size=3,
        )
        | json_values,
        "usage": json_values,
        "model": json_values,
        "error": json_values,
    },
)


@FAST
@given(st.lists(chunk_like | json_values, max_size=12))
def test_no_chunk_shape_makes_the_assembler_raise(chunks: list[Any]) -> None:
    asm = StreamAssembler()
    for chunk in chunks:
        out = asm.feed(chunk)  # type: ignore[arg-type]
        assert isinstance(out, str)
    assert isinstance(asm.text, str)
    for call in asm.tool_calls:
        assert isinstance(call.arguments, str)
        try:
            call.parsed_arguments()
        except ValueError:
            pass


@FAST
@given(st.text(max_size=200))
def test_event_data_raises_nothing_but_malformed_chunk(data: str) -> None:
    asm = StreamAssembler()
    try:
        asm.feed_data(data)
    except MalformedChunk:
        pass


# --- the client end to end: whatever a server streams, only a result or a ServiceError comes out ----

sse_line = st.one_of(
    st.builds(lambda c: f"data: {json.dumps(c)}\n\n", chunk_like | json_values),
    st.builds(lambda t: f"data:{t}\n\n", st.text(max_size=40)),
    st.just("data: [DONE]\n\n"),
    st.just(": keep-alive\n\n"),
    st.builds(lambda t: f"{t}\r\n", st.text(max_size=30)),
)
stream_bodies = st.one_of(
    st.lists(sse_line, max_size=12).map(lambda lines: "".join(lines).encode("utf-8", "surrogatepass")),
    st.binary(max_size=400),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=stream_bodies,
    content_type=st.sampled_from(["text/event-stream", "text/event-stream; charset=utf-8"]),
)
def test_any_streamed_bytes_end_in_a_result_or_a_service_error(
    stream_server: Any, body: bytes, content_type: str
) -> None:
    from app.core.service import AimlClient, ServiceError, StreamResult
    from tests.conftest import TEST_KEY

    server, answer = stream_server
    answer[:] = [content_type, body]
    with AimlClient(server.url, TEST_KEY, timeout_s=2) as client:
        try:
            result = client.stream_chat("google/gemini-2.5-pro", "hi")
        except ServiceError as exc:
            assert exc.problem.message and exc.problem.fix
            assert TEST_KEY not in exc.problem.detail
        else:
            assert isinstance(result, StreamResult)
            assert result.saw_done or result.finish_reason


@pytest.fixture(scope="module")
def stream_server() -> Any:
    """One raw server for all examples; each example sets the content type and body it answers with."""
    from tests.rawserver import RawServer, http_head

    answer: list[Any] = ["text/event-stream", b""]

    def handler(req: Any, conn: Any) -> None:
        content_type, body = answer
        conn.sendall(
            http_head("200 OK", {"Content-Type": content_type, "Content-Length": str(len(body))}) + body
        )

    with RawServer(handler) as server:
        yield server, answer
