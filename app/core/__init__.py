"""Plain-Python logic of the app. Never imports Qt."""
