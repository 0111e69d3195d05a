"""The 校产台账 (property register) tab."""
