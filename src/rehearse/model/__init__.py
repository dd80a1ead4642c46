"""The model layer: the only code in rehearse that imports litellm or llama_cpp.

Both are imported lazily, inside functions: `import litellm` costs about 3 s,
and neither `rehearse --help` nor the TUI's first screen may pay it.
"""

from rehearse.model.errors import FailureKind, ModelError
from rehearse.model.gateway import Gateway, PingResult, parse_json_reply

__all__ = ["FailureKind", "Gateway", "ModelError", "PingResult", "parse_json_reply"]
