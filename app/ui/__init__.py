"""The window. Qt only; it never speaks HTTP itself but calls core through workers."""
