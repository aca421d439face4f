"""Renpam's bundled files (fonts, icons, translations, the plan schema) as package data.

This package holds no code. Only `desktop.resources` resolves paths into it, so the same
lookup works in a source checkout, an editable install, an installed wheel and the frozen
(PyInstaller) program.
"""
