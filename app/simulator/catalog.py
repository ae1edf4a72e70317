"""The simulated model catalog: a realistic mix of chat and other models, in every documented shape.

- ``current`` (default): ``{"object": "list", "data": [...]}``, entries with ``id``, ``aliases``,
  ``type`` (``openai/chat-completions`` for chat models), ``info`` and ``tags``.
- ``legacy``: ``{"data": [...]}``, entries with ``type: "chat-completion"``, ``features`` and
  ``endpoints`` (no ``aliases``).
- ``bare``: the current entries as a top-level array.

*Chosen* where undocumented: the non-chat ``type`` names of the current shape, the ``tags``, and the
shapes of the ``capabilities``, ``pricing`` and ``modalities`` includes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

CHAT_TYPE = "chat-completion"  # a model's kind; the legacy shape shows it as is
CURRENT_CHAT_TYPE = "openai/chat-completions"
SHAPES = ("current", "legacy", "bare")
INCLUDES = ("capabilities", "pricing", "modalities")
CREDITS_PER_USD = 2_000_000

_CURRENT_TYPES = {
    CHAT_TYPE: CURRENT_CHAT_TYPE,
    "language-completion": "openai/completions",
    "image": "openai/images-generations",
    "video": "video-generation",
    "tts": "openai/audio-speech",
    "stt": "openai/audio-transcriptions",
    "embedding": "openai/embeddings",
}
_ENDPOINTS: dict[str, tuple[str, ...]] = {
    CHAT_TYPE: ("/v1/chat/completions",),
    "language-completion": ("/v1/completions",),
    "image": ("/v1/images/generations",),
    "video": ("/v2/generate/video/generation",),
    "tts": ("/v1/tts",),
    "stt": ("/v1/stt",),
    "embedding": ("/v1/embeddings",),
}
_CHAT_FEATURES = (
    "openai/chat-completion",
    "openai/chat-completion.stream",
    "openai/chat-completion.function",
    "openai/chat-completion.max-tokens",
    "openai/chat-completion.temperature",
    "openai/chat-completion.top-p",
    "openai/chat-completion.stop",
    "openai/chat-completion.response-format",
)


@dataclass(frozen=True)
class CatalogModel:
    id: str
    type: str
    name: str
    developer: str
    description: str
    context_length: int | None = None
    max_tokens: int | None = None
    # OpenAI o-series: reject ``max_tokens`` and a non-default ``temperature``.
    reasoning: bool = False
    vision: bool = False
    tools: bool = True
    # o1-mini and o1-preview refuse a "system" message.
    system_role: bool = True
    # USD per million tokens (input, output): what a request is charged.
    price: tuple[float, float] = (0.0, 0.0)
    # Other names that reach this model: an old name lives on as an alias.
    aliases: tuple[str, ...] = ()

    @property
    def is_chat(self) -> bool:
        return self.type == CHAT_TYPE

    @property
    def claude_backed(self) -> bool:
        return self.id.startswith("anthropic/")

    def credits_for(self, prompt_tokens: int, completion_tokens: int) -> int:
        """What a request costs, in whole credits (at least one for a chat answer)."""
        usd = (prompt_tokens * self.price[0] + completion_tokens * self.price[1]) / 1_000_000
        return max(1, math.ceil(round(usd * CREDITS_PER_USD, 6)))

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "name": self.name,
            "developer": self.developer,
            "description": self.description,
            "url": f"https://aimlapi.com/models/{self.id.split('/')[-1].lower()}",
            "docs_url": f"https://docs.aimlapi.com/api-references/models/{self.id}",
        }
        if self.context_length is not None:
            info["contextLength"] = self.context_length
        if self.max_tokens is not None:
            info["maxTokens"] = self.max_tokens
        return info

    def _features(self) -> list[str]:
        if not self.is_chat:
            return []
        features = list(_CHAT_FEATURES)
        if not self.tools:
            features.remove("openai/chat-completion.function")
        if self.vision:
            features.append("openai/chat-completion.vision")
        if self.reasoning:
            features.remove("openai/chat-completion.temperature")
            features.remove("openai/chat-completion.max-tokens")
            features += ["openai/chat-completion.reasoning", "openai/chat-completion.max-completion-tokens"]
        return features

    def _tags(self) -> list[str]:
        tags = ["playground:chat"] if self.is_chat else [f"playground:{self.type}"]
        for wanted, tag in ((self.is_chat and self.tools, "function-calling"), (self.vision, "vision")):
            if wanted:
                tags.append(tag)
        if self.reasoning:
            tags.append("reasoning")
        return tags

    def _extras(self, include: frozenset[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "capabilities" in include:
            out["capabilities"] = {
                "streaming": self.is_chat,
                "tools": self.is_chat and self.tools,
                "vision": self.vision,
                "reasoning": self.reasoning,
                "json_mode": self.is_chat,
            }
        if "pricing" in include:
            out["pricing"] = {
                "input": self.price[0],
                "output": self.price[1],
                "currency": "USD",
                "unit": "1M tokens",
            }
        if "modalities" in include:
            out["modalities"] = {"input": self._input_modalities(), "output": self._output_modalities()}
        return out

    def _input_modalities(self) -> list[str]:
        if self.type == "stt":
            return ["audio"]
        return ["text", "image"] if self.vision else ["text"]

    def _output_modalities(self) -> list[str]:
        return {"image": ["image"], "video": ["video"], "tts": ["audio"], "embedding": ["embedding"]}.get(
            self.type, ["text"]
        )

    def to_json(self, include: frozenset[str] = frozenset(), shape: str = "current") -> dict[str, Any]:
        """The catalog entry in ``shape`` (``bare`` lists current entries)."""
        if shape == "legacy":
            out: dict[str, Any] = {
                "id": self.id,
                "type": self.type,
                "info": self.info(),
                "features": self._features(),
                "endpoints": list(_ENDPOINTS[self.type]),
            }
        else:
            out = {
                "id": self.id,
                "aliases": list(self.aliases),
                "type": _CURRENT_TYPES[self.type],
                "info": self.info(),
                "tags": self._tags(),
            }
        out.update(self._extras(include))
        return out


def _chat(
    id: str,
    name: str,
    developer: str,
    context: int,
    max_tokens: int,
    *,
    price: tuple[float, float],
    aliases: tuple[str, ...] = (),
    reasoning: bool = False,
    vision: bool = False,
    tools: bool = True,
    system_role: bool = True,
) -> CatalogModel:
    return CatalogModel(
        id=id,
        type=CHAT_TYPE,
        name=name,
        developer=developer,
        description=f"{name} by {developer}, served through AI/ML API.",
        context_length=context,
        max_tokens=max_tokens,
        reasoning=reasoning,
        vision=vision,
        tools=tools,
        system_role=system_role,
        price=price,
        aliases=aliases,
    )


def _other(id: str, type: str, name: str, developer: str, context: int | None = None) -> CatalogModel:
    return CatalogModel(
        id=id,
        type=type,
        name=name,
        developer=developer,
        description=f"{name} by {developer}.",
        context_length=context,
        tools=False,
    )


MODELS: tuple[CatalogModel, ...] = (
    _chat("google/gemini-2.5-pro", "Gemini 2.5 Pro", "Google", 1_048_576, 65_536,
          price=(1.25, 10.0), vision=True),
    _chat("google/gemini-2.5-flash", "Gemini 2.5 Flash", "Google", 1_048_576, 65_536,
          price=(0.3, 2.5), vision=True),
    _chat("google/gemini-2.0-flash", "Gemini 2.0 Flash", "Google", 1_048_576, 8_192,
          price=(0.1, 0.4), vision=True, aliases=("google/gemini-2.0-flash-exp",)),
    _chat("anthropic/claude-sonnet-4", "Claude 4 Sonnet", "Anthropic", 200_000, 64_000,
          price=(3.0, 15.0), vision=True, aliases=("claude-sonnet-4-20250514",)),
    _chat("anthropic/claude-opus-4", "Claude 4 Opus", "Anthropic", 200_000, 32_000,
          price=(15.0, 75.0), vision=True, aliases=("claude-opus-4-20250514",)),
    _chat("anthropic/claude-3-5-haiku", "Claude 3.5 Haiku", "Anthropic", 200_000, 8_192,
          price=(0.8, 4.0), aliases=("claude-3-5-haiku-20241022",)),
    _chat("openai/gpt-4o", "GPT-4o", "Open AI", 128_000, 16_384,
          price=(2.5, 10.0), vision=True, aliases=("gpt-4o",)),
    _chat("openai/gpt-4o-mini", "GPT-4o mini", "Open AI", 128_000, 16_384,
          price=(0.15, 0.6), vision=True, aliases=("gpt-4o-mini",)),
    _chat("openai/gpt-4.1", "GPT-4.1", "Open AI", 1_047_576, 32_768,
          price=(2.0, 8.0), vision=True, aliases=("gpt-4.1-2025-04-14",)),
    _chat("openai/gpt-4.1-mini", "GPT-4.1 mini", "Open AI", 1_047_576, 32_768,
          price=(0.4, 1.6), vision=True),
    _chat("openai/o3-mini", "o3-mini", "Open AI", 200_000, 100_000,
          price=(1.1, 4.4), aliases=("o3-mini",), reasoning=True),
    _chat("openai/o4-mini", "o4-mini", "Open AI", 200_000, 100_000,
          price=(1.1, 4.4), vision=True, reasoning=True),
    _chat("openai/o1-mini", "o1-mini", "Open AI", 128_000, 65_536,
          price=(1.1, 4.4), tools=False, system_role=False, reasoning=True),
    _chat("openai/o1", "o1", "Open AI", 200_000, 100_000,
          price=(15.0, 60.0), vision=True, reasoning=True),
    _chat("deepseek/deepseek-chat", "DeepSeek V3", "DeepSeek", 128_000, 8_192,
          price=(0.27, 1.1), aliases=("deepseek-chat",)),
    _chat("deepseek/deepseek-r1", "DeepSeek R1", "DeepSeek", 128_000, 32_768,
          price=(0.55, 2.19), tools=False),
    _chat("meta-llama/Llama-3.3-70B-Instruct-Turbo", "Llama 3.3 70B Instruct Turbo", "Meta", 128_000, 4_096,
          price=(0.88, 0.88)),
    _chat("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "Llama 3.1 8B Instruct Turbo", "Meta",
          131_072, 4_096, price=(0.18, 0.18)),
    _chat("mistralai/Mistral-7B-Instruct-v0.3", "Mistral 7B Instruct v0.3", "Mistral AI", 32_768, 4_096,
          price=(0.2, 0.2)),
    _chat("mistralai/mistral-nemo", "Mistral Nemo", "Mistral AI", 128_000, 8_192, price=(0.15, 0.15)),
    _chat("qwen/qwen-max", "Qwen Max", "Alibaba Cloud", 32_768, 8_192,
          price=(1.6, 6.4), aliases=("qwen-max",)),
    _other("openai/gpt-3.5-turbo-instruct", "language-completion", "GPT-3.5 Turbo Instruct", "Open AI",
           4_096),
    _other("openai/dall-e-3", "image", "DALL·E 3", "Open AI"),
    _other("flux/schnell", "image", "FLUX.1 [schnell]", "Black Forest Labs"),
    _other("stable-diffusion-v35-large", "image", "Stable Diffusion 3.5 Large", "Stability AI"),
    _other("kling-video/v1.6/standard/text-to-video", "video", "Kling 1.6 Standard", "Kuaishou"),
    _other("runway/gen4_turbo", "video", "Gen-4 Turbo", "Runway"),
    _other("openai/tts-1", "tts", "TTS-1", "Open AI"),
    _other("#g1_whisper-large", "stt", "Whisper Large", "Open AI"),
    _other("openai/text-embedding-3-small", "embedding", "Text Embedding 3 Small", "Open AI", 8_191),
    _other("BAAI/bge-base-en-v1.5", "embedding", "BGE Base EN v1.5", "BAAI", 512),
)  # fmt: skip

_BY_ID: dict[str, CatalogModel] = {m.id: m for m in MODELS}
_BY_ALIAS: dict[str, CatalogModel] = {a: m for m in MODELS for a in m.aliases}


def find_model(model_id: str) -> CatalogModel | None:
    """The catalog entry with exactly this id (ids are case-sensitive, as on the service)."""
    return _BY_ID.get(model_id)


def resolve(name: str) -> CatalogModel | None:
    """The model a deployment name reaches: its id, or one of its aliases."""
    return _BY_ID.get(name) or _BY_ALIAS.get(name)


def chat_model_ids() -> list[str]:
    return [m.id for m in MODELS if m.is_chat]


def parse_include(values: list[str]) -> frozenset[str]:
    """``include=capabilities,pricing`` (or repeated) -> the known names asked for."""
    names = {part.strip() for value in values for part in value.split(",")}
    return frozenset(n for n in names if n in INCLUDES)


def catalog_json(include: frozenset[str] = frozenset(), shape: str = "current") -> Any:
    """The whole catalog in ``shape``: an object with ``data``, or a bare array."""
    entries = [m.to_json(include, shape) for m in MODELS]
    if shape == "bare":
        return entries
    if shape == "legacy":
        return {"data": entries}
    return {"object": "list", "data": entries}


def empty_catalog(shape: str) -> Any:
    if shape == "bare":
        return []
    return {"data": []} if shape == "legacy" else {"object": "list", "data": []}


def unrecognised_catalog(kind: str) -> Any:
    """A catalog no documented reader can use: the list under an unknown name, or unknown types."""
    if kind == "container":
        return {"object": "list", "result": {"models": [m.id for m in MODELS]}}
    entries = [{"id": m.id, "type": "text-generation", "info": m.info()} for m in MODELS]
    return {"object": "list", "data": entries}
