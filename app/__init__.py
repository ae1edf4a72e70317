"""Cursor Azure Setup: connects Cursor's Azure OpenAI route to AI/ML API and checks it live."""

__version__ = "0.1.0"
APP_NAME = "Cursor Azure Setup"
APP_ID = "cursor-azure-setup"
