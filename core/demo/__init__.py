"""The demo accounts (users.py); the demo content itself is the content tree, content/."""
