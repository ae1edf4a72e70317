"""A faithful AI/ML API simulator: a real HTTP server on 127.0.0.1."""
