"""The web service: a thin FastAPI layer (JSON API and server-rendered pages) over the store."""
from api.app import Settings, create_app

__all__ = ["Settings", "create_app"]
