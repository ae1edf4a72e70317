"""The simulated model catalog: a realistic mix of chat and non-chat models.

Shapes follow ``GET /models`` of the real service (see shared/wire.md): every entry has ``id``,
``type``, ``info`` (name, developer, description, contextLength, ...), ``features`` and
``endpoints``. Only ``chat-completion`` models can be used as an Azure deployment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CHAT_TYPE = "chat-completion"

_CHAT_FEATURES = [
    "openai/chat-completion",
    "openai/chat-completion.stream",
    "openai/chat-completion.function",
    "openai/chat-completion.max-tokens",
    "openai/chat-completion.temperature",
    "openai/chat-completion.top-p",
    "openai/chat-completion.stop",
    "openai/chat-completion.response-format",
]


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
    # Credits per million tokens (input, output); only for the ``pricing`` include.
    price: tuple[int, int] = (0, 0)
    extra_features: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_chat(self) -> bool:
        return self.type == CHAT_TYPE

    def to_json(self, include: frozenset[str] = frozenset()) -> dict[str, Any]:
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
        if self.is_chat:
            features = list(_CHAT_FEATURES)
            if not self.tools:
                features.remove("openai/chat-completion.function")
            if self.vision:
                features.append("openai/chat-completion.vision")
            if self.reasoning:
                features.append("openai/chat-completion.reasoning")
                features.remove("openai/chat-completion.temperature")
                features.remove("openai/chat-completion.max-tokens")
                features.append("openai/chat-completion.max-completion-tokens")
        else:
            features = []
        features.extend(self.extra_features)
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "info": info,
            "features": features,
            "endpoints": list(_ENDPOINTS[self.type]),
        }
        if "capabilities" in include:
            out["capabilities"] = {
                "streaming": self.is_chat,
                "tools": self.is_chat and self.tools,
                "vision": self.vision,
                "reasoning": self.reasoning,
            }
        if "pricing" in include:
            out["pricing"] = {"input": self.price[0], "output": self.price[1], "unit": "credits/1M tokens"}
        return out


_ENDPOINTS: dict[str, tuple[str, ...]] = {
    CHAT_TYPE: ("/v1/chat/completions",),
    "language-completion": ("/v1/completions",),
    "image": ("/v1/images/generations",),
    "video": ("/v2/generate/video/generation",),
    "tts": ("/v1/tts",),
    "stt": ("/v1/stt",),
    "embedding": ("/v1/embeddings",),
}


def _chat(
    id: str,
    name: str,
    developer: str,
    context: int,
    max_tokens: int,
    *,
    reasoning: bool = False,
    vision: bool = False,
    tools: bool = True,
    system_role: bool = True,
    price: tuple[int, int] = (1000, 4000),
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
    _chat("google/gemini-2.5-pro", "Gemini 2.5 Pro", "Google", 1_048_576, 65_536, vision=True),
    _chat("google/gemini-2.5-flash", "Gemini 2.5 Flash", "Google", 1_048_576, 65_536, vision=True),
    _chat("google/gemini-2.0-flash", "Gemini 2.0 Flash", "Google", 1_048_576, 8_192, vision=True),
    _chat("anthropic/claude-sonnet-4", "Claude 4 Sonnet", "Anthropic", 200_000, 64_000, vision=True),
    _chat("anthropic/claude-opus-4", "Claude 4 Opus", "Anthropic", 200_000, 32_000, vision=True),
    _chat("anthropic/claude-3-5-haiku", "Claude 3.5 Haiku", "Anthropic", 200_000, 8_192),
    _chat("openai/gpt-4o", "GPT-4o", "Open AI", 128_000, 16_384, vision=True),
    _chat("openai/gpt-4o-mini", "GPT-4o mini", "Open AI", 128_000, 16_384, vision=True),
    _chat("openai/gpt-4.1", "GPT-4.1", "Open AI", 1_047_576, 32_768, vision=True),
    _chat("openai/gpt-4.1-mini", "GPT-4.1 mini", "Open AI", 1_047_576, 32_768, vision=True),
    _chat("openai/o3-mini", "o3-mini", "Open AI", 200_000, 100_000, reasoning=True),
    _chat("openai/o4-mini", "o4-mini", "Open AI", 200_000, 100_000, reasoning=True, vision=True),
    _chat(
        "openai/o1-mini",
        "o1-mini",
        "Open AI",
        128_000,
        65_536,
        reasoning=True,
        tools=False,
        system_role=False,
    ),
    _chat("openai/o1", "o1", "Open AI", 200_000, 100_000, reasoning=True, vision=True),
    _chat("deepseek/deepseek-chat", "DeepSeek V3", "DeepSeek", 128_000, 8_192),
    _chat("deepseek/deepseek-r1", "DeepSeek R1", "DeepSeek", 128_000, 32_768, tools=False),
    _chat("meta-llama/Llama-3.3-70B-Instruct-Turbo", "Llama 3.3 70B Instruct Turbo", "Meta", 128_000, 4_096),
    _chat(
        "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "Llama 3.1 8B Instruct Turbo", "Meta", 131_072, 4_096
    ),
    _chat("mistralai/Mistral-7B-Instruct-v0.3", "Mistral 7B Instruct v0.3", "Mistral AI", 32_768, 4_096),
    _chat("mistralai/mistral-nemo", "Mistral Nemo", "Mistral AI", 128_000, 8_192),
    _chat("qwen/qwen-max", "Qwen Max", "Alibaba Cloud", 32_768, 8_192),
    _other(
        "openai/gpt-3.5-turbo-instruct", "language-completion", "GPT-3.5 Turbo Instruct", "Open AI", 4_096
    ),
    _other("openai/dall-e-3", "image", "DALL·E 3", "Open AI"),
    _other("flux/schnell", "image", "FLUX.1 [schnell]", "Black Forest Labs"),
    _other("stable-diffusion-v35-large", "image", "Stable Diffusion 3.5 Large", "Stability AI"),
    _other("kling-video/v1.6/standard/text-to-video", "video", "Kling 1.6 Standard", "Kuaishou"),
    _other("runway/gen4_turbo", "video", "Gen-4 Turbo", "Runway"),
    _other("openai/tts-1", "tts", "TTS-1", "Open AI"),
    _other("#g1_whisper-large", "stt", "Whisper Large", "Open AI"),
    _other("openai/text-embedding-3-small", "embedding", "Text Embedding 3 Small", "Open AI", 8_191),
    _other("BAAI/bge-base-en-v1.5", "embedding", "BGE Base EN v1.5", "BAAI", 512),
)

_BY_ID: dict[str, CatalogModel] = {m.id: m for m in MODELS}


def find_model(model_id: str) -> CatalogModel | None:
    """The catalog entry with exactly this id (ids are case-sensitive, as on the service)."""
    return _BY_ID.get(model_id)


def chat_model_ids() -> list[str]:
    return [m.id for m in MODELS if m.is_chat]


def catalog_json(include: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {"data": [m.to_json(include) for m in MODELS]}
