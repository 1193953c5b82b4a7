"""The HTTP layer under every client: settings, the retry policy, and the transport that applies them."""
