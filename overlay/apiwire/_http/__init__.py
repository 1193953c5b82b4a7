"""Sending: settings, the retry policy, and the transport that applies them, each as a profile says."""
