"""The window. Qt only; it never speaks HTTP itself but calls core through workers."""

from app.ui.qtfix import pin_singletons

pin_singletons()
