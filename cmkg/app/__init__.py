"""The application: the pipeline wired once, used by the CLI, the API and the server."""
