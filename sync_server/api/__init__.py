"""The JSON API under /api/v1."""
from flask import Blueprint

api = Blueprint("api", __name__)

from sync_server.api import accounts, admin, enrol, feed, health, openapi, sync_admin  # noqa: E402,F401,I001
