"""The secretariat's workspace: the intake list of delivered sheets and their review."""
