"""NiceGUI components of the canvas (each a .py + .js pair)."""
