"""One widget per step of the window."""
