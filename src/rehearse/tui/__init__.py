"""The Textual app: a front end over the engine, the scorer and the store.

It holds no logic of its own. `services.py` is its one door to the core;
screens and widgets only show what it returns and hand it what the user did.
Nothing here is imported by `rehearse --help`: `cli/cmd_app.py` imports
`rehearse.tui.app` inside `run_app`.
"""
