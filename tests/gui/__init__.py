"""GUI tests: real widgets on the offscreen platform, driven with pytest-qt."""
