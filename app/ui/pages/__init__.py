"""The five pages of the window, one per step of the flow (app/core/flow.py)."""
