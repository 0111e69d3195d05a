"""The Qt desktop interface: main window, tabs, dialogs, table models and workers."""
