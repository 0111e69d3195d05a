"""Dialog classes built on BaseDialog and the compiled forms in app.ui.generated."""
