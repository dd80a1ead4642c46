"""One module per screen; each reaches the core through `self.app.services`."""
