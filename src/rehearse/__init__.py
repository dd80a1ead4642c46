"""rehearse: rehearse a difficult conversation before it happens."""

__version__ = "0.1.0"
